using Accounts.Members;
using Accounts.Organizations;
using Accounts.Storage;

namespace Accounts.InMemory;

/// <summary>The in-memory <see cref="IMemberStore"/>.</summary>
public sealed class InMemoryMemberStore : IMemberStore
{
    private readonly InMemoryDatabase _database;

    /// <summary>Creates the store over a database.</summary>
    /// <param name="database">The shared in-memory database.</param>
    public InMemoryMemberStore(InMemoryDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public ValueTask<MemberSnapshot?> FindAsync(MemberId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.FindAccount(id));
    }

    /// <inheritdoc />
    public ValueTask<MemberSnapshot?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(normalizedEmail);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.FindAccount(normalizedEmail));
    }

    /// <inheritdoc />
    public ValueTask<MemberPage> ListByOrganizationAsync(OrganizationId organizationId, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.Accounts(organizationId, offset, limit));
    }
}
