using Accounts.Organizations;
using Accounts.Storage;

namespace Accounts.Members;

/// <summary>Typed reads of members over the storage port.</summary>
public static class MemberQueries
{
    /// <summary>Loads a member, or <see langword="null"/>.</summary>
    /// <param name="store">The store.</param>
    /// <param name="id">The member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static ValueTask<MemberSnapshot?> FindMemberAsync(this IAggregateStore store, MemberId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.FindAsync<MemberSnapshot>(id.Value, cancellationToken);
    }

    /// <summary>Loads the member that signs in with a normalized e-mail address, or <see langword="null"/>; accounts with a portal-issued user ID are not found by their contact address.</summary>
    /// <param name="store">The store.</param>
    /// <param name="normalizedEmail">The address as the domain normalizes it (lower case).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static ValueTask<MemberSnapshot?> FindMemberByEmailAsync(this IAggregateStore store, string normalizedEmail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(normalizedEmail);
        return store.FindByKeyAsync(MemberSnapshot.EmailKey, normalizedEmail, cancellationToken);
    }

    /// <summary>Loads the member of a portal-issued user ID, or <see langword="null"/>.</summary>
    /// <param name="store">The store.</param>
    /// <param name="userId">The user ID as the portal issued it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static ValueTask<MemberSnapshot?> FindMemberByUserIdAsync(this IAggregateStore store, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(userId);
        return store.FindByKeyAsync(MemberSnapshot.UserIdKey, userId, cancellationToken);
    }

    /// <summary>Lists one page of an organization's members, ordered by e-mail address.</summary>
    /// <param name="store">The store.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="offset">How many members to skip.</param>
    /// <param name="limit">The most members to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static ValueTask<Page<MemberSnapshot>> ListMembersAsync(this IAggregateStore store, OrganizationId organizationId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ListAsync(MemberSnapshot.ByOrganization, organizationId.Value, offset, limit, cancellationToken);
    }
}
