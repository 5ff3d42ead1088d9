namespace Accounts.Auditing;

/// <summary>The order of an audit listing.</summary>
public enum AuditOrder
{
    /// <summary>In the order the entries were written.</summary>
    OldestFirst = 0,

    /// <summary>The most recent entry first.</summary>
    NewestFirst = 1,
}
