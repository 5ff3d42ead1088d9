namespace Accounts.ServiceApplications;

/// <summary>How a service's use applications are decided.</summary>
public enum ServiceReviewMode
{
    /// <summary>Approved at once when submitted (same-day services).</summary>
    Automatic = 1,

    /// <summary>An operator approves, rejects or asks for changes within the lead time.</summary>
    OperatorReview = 2,
}
