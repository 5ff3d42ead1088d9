namespace Accounts.Operators;

/// <summary>What a portal operator may do. A role grants a combination.</summary>
[Flags]
public enum OperatorAction
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Register organizations and their first administrators directly, and reissue a founding invitation.</summary>
    RegisterOrganizations = 1,

    /// <summary>Record that a printed application form arrived ("processing started").</summary>
    ReceiveApplications = 2,

    /// <summary>Complete a received application: the organization and its administrator are registered.</summary>
    CompleteApplications = 4,

    /// <summary>Send an applicant a resume link so they can correct a submitted application.</summary>
    ReopenApplications = 8,

    /// <summary>Review organizations' service applications: approve, reject, ask for changes, confirm start dates, issue credentials.</summary>
    ReviewServiceApplications = 16,

    /// <summary>Import legacy accounts, prepare the readiness report and run the cutover of a migration campaign.</summary>
    ManageCampaigns = 32,
}
