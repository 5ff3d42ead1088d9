namespace Accounts.ServiceApplications;

/// <summary>Where a service application stands.</summary>
public enum ServiceApplicationStatus
{
    /// <summary>A use application waits for review.</summary>
    Submitted = 1,

    /// <summary>The operator asked for changes; the administrator resubmits.</summary>
    ChangesRequested = 2,

    /// <summary>A use application was approved; the service is usable from its start date.</summary>
    Approved = 3,

    /// <summary>The operator rejected the application, with a reason.</summary>
    Rejected = 4,

    /// <summary>A change application was received (受付完了).</summary>
    Received = 5,

    /// <summary>An operator is reviewing a change application (内容確認中).</summary>
    UnderReview = 6,

    /// <summary>The review finished: the start date is confirmed and credentials may be issued (審査終了).</summary>
    ReviewFinished = 7,

    /// <summary>The applicant was told the confirmed content (確認完了); the service is usable from the start date.</summary>
    Confirmed = 8,
}
