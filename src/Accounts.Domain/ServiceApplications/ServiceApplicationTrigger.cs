namespace Accounts.ServiceApplications;

/// <summary>What moves a service application.</summary>
public enum ServiceApplicationTrigger
{
    /// <summary>An administrator submits the application for the organization.</summary>
    Submit = 1,

    /// <summary>A same-day service approves a use application at once.</summary>
    ApproveAtOnce = 2,

    /// <summary>An operator approves a use application.</summary>
    Approve = 3,

    /// <summary>An operator rejects the application, with a reason.</summary>
    Reject = 4,

    /// <summary>An operator asks for changes to a use application.</summary>
    RequestChanges = 5,

    /// <summary>The administrator resubmits a use application after changes were asked for.</summary>
    Resubmit = 6,

    /// <summary>An operator starts reviewing a change application.</summary>
    StartReview = 7,

    /// <summary>An operator finishes the review: the start date is confirmed, credentials may be issued.</summary>
    FinishReview = 8,

    /// <summary>An operator tells the applicant the confirmed content (確認完了).</summary>
    Confirm = 9,
}
