namespace Accounts.Auditing;

/// <summary>The audit trail. Entries of successful changes are written with the change by the unit of work; this port appends the rest (denied and failed attempts) and reads.</summary>
public interface IAuditLog
{
    /// <summary>Appends one entry.</summary>
    /// <param name="entry">The entry; it never holds a secret.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Reads entries in the order they were written.</summary>
    /// <param name="query">The selection.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken);
}
