namespace Accounts.Auditing;

/// <summary>How an audited action ended.</summary>
public enum AuditOutcome
{
    /// <summary>The action was carried out.</summary>
    Succeeded = 1,

    /// <summary>The actor was not allowed to do it.</summary>
    Denied = 2,

    /// <summary>The action was allowed but a rule refused it.</summary>
    Failed = 3,
}
