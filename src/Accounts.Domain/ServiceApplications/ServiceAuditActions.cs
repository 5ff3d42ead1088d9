namespace Accounts.ServiceApplications;

/// <summary>The audit actions of service applications: one per trigger, and one per look at credentials or the approval notice.</summary>
public static class ServiceAuditActions
{
    /// <summary>An administrator submitted an application (and, for a same-day service, it was approved).</summary>
    public const string Submit = "service_application.submit";

    /// <summary>An administrator resubmitted after changes were asked for.</summary>
    public const string Resubmit = "service_application.resubmit";

    /// <summary>An operator approved a use application.</summary>
    public const string Approve = "service_application.approve";

    /// <summary>An operator rejected an application.</summary>
    public const string Reject = "service_application.reject";

    /// <summary>An operator asked for changes.</summary>
    public const string RequestChanges = "service_application.request_changes";

    /// <summary>An operator started reviewing a change application.</summary>
    public const string StartReview = "service_application.start_review";

    /// <summary>An operator finished the review, confirming the start date and issuing credentials.</summary>
    public const string FinishReview = "service_application.finish_review";

    /// <summary>An operator confirmed the content to the applicant.</summary>
    public const string Confirm = "service_application.confirm";

    /// <summary>Someone was refused a look at an application (answered reads are not recorded).</summary>
    public const string View = "service_application.view";

    /// <summary>An administrator looked at the issued credentials (every look is recorded).</summary>
    public const string ViewCredentials = "service_application.view_credentials";

    /// <summary>An administrator produced the approval notice.</summary>
    public const string ApprovalNotice = "service_application.approval_notice";

    /// <summary>Every action of this group.</summary>
    public static IReadOnlyList<string> All { get; } = [Submit, Resubmit, Approve, Reject, RequestChanges, StartReview, FinishReview, Confirm, View, ViewCredentials, ApprovalNotice];
}
