using System.Collections.Immutable;
using Accounts.Auditing;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Organizations;

namespace Accounts.Storage;

/// <summary>
/// Everything one use case writes, saved atomically by <see cref="IUnitOfWork.CommitAsync"/>:
/// aggregates, deletions, the mail to send and the audit entries.
/// </summary>
/// <remarks>
/// Each snapshot's <c>Version</c> is the version the use case read: 0 inserts, any other
/// value updates only when the stored version is still the same. Mail is written to the
/// outbox in the same commit as the state change, so a crash loses none and invents none.
/// </remarks>
public sealed record ChangeSet
{
    /// <summary>Organizations to insert (version 0) or update.</summary>
    public ImmutableArray<OrganizationSnapshot> Organizations { get; init; } = [];

    /// <summary>Accounts to insert (version 0) or update.</summary>
    public ImmutableArray<MemberSnapshot> Accounts { get; init; } = [];

    /// <summary>Accounts to remove.</summary>
    public ImmutableArray<MemberDeletion> DeletedMembers { get; init; } = [];

    /// <summary>Mail to put in the outbox.</summary>
    public ImmutableArray<OutboxMessage> Mail { get; init; } = [];

    /// <summary>Audit entries to append.</summary>
    public ImmutableArray<AuditEntry> Audit { get; init; } = [];
}
