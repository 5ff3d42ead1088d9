namespace Accounts.Auditing;

/// <summary>One page of audit entries.</summary>
/// <param name="Entries">The entries, in the query's order.</param>
/// <param name="NextCursor">The cursor of the next page (<see cref="AuditQuery.After"/>); <see langword="null"/> on the last page.</param>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? NextCursor);
