namespace Accounts.ServiceApplications;

/// <summary>The answer to "may this account use this service now?".</summary>
public enum ServiceAccess
{
    /// <summary>Yes: the organization's application is approved and the start date has come.</summary>
    Allowed = 0,

    /// <summary>The catalog has no such service.</summary>
    UnknownService = 1,

    /// <summary>The service keeps its own logins; send the user there.</summary>
    OwnLogin = 2,

    /// <summary>The organization has no approved application for the service.</summary>
    NotSubscribed = 3,

    /// <summary>Approved, but the start date has not come.</summary>
    NotStarted = 4,

    /// <summary>The account is not active (invited, disabled or deleted).</summary>
    AccountInactive = 5,

    /// <summary>The account belongs to another organization.</summary>
    OutsideOrganization = 6,

    /// <summary>The portal's permission matrix does not let the account's type use services.</summary>
    Denied = 7,
}
