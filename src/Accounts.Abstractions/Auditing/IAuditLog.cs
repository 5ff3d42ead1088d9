namespace Accounts.Auditing;

/// <summary>
/// The audit trail (利用履歴の追跡). Entries of changes are written with the change by the unit
/// of work; this port appends entries of attempts that changed nothing (refusals) and reads.
/// </summary>
/// <remarks>
/// A store gives every entry a <see cref="AuditEntry.Sequence"/> that grows in the order entries
/// are written; listings page by that sequence (a cursor), never by offset.
/// </remarks>
public interface IAuditLog
{
    /// <summary>Appends one entry.</summary>
    /// <param name="entry">The entry; it never holds a secret.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Reads one page of entries.</summary>
    /// <param name="query">The selection, order, cursor and page size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<AuditPage> ListAsync(AuditQuery query, CancellationToken cancellationToken);
}
