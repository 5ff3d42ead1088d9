using System.Collections.Immutable;
using Accounts.Auditing;
using Accounts.Notifications;

namespace Accounts.Storage;

/// <summary>
/// Everything one use case writes, saved atomically by <see cref="IUnitOfWork.CommitAsync"/>:
/// writes of any kind of aggregate, the mail to send and the audit entries.
/// </summary>
/// <remarks>
/// Mail is written to the outbox in the same commit as the state change, so a crash loses none
/// and invents none. Writes apply in order, each seeing the ones before it.
/// </remarks>
public sealed record ChangeSet
{
    /// <summary>A change set that writes nothing.</summary>
    public static ChangeSet Empty { get; } = new();

    /// <summary>The aggregate writes, in order.</summary>
    public ImmutableArray<AggregateWrite> Writes { get; init; } = [];

    /// <summary>Mail to put in the outbox.</summary>
    public ImmutableArray<OutboxMessage> Mail { get; init; } = [];

    /// <summary>Audit entries to append.</summary>
    public ImmutableArray<AuditEntry> Audit { get; init; } = [];

    /// <summary>Whether the change set writes nothing at all.</summary>
    public bool IsEmpty => Writes.IsDefaultOrEmpty && Mail.IsDefaultOrEmpty && Audit.IsDefaultOrEmpty;
}
