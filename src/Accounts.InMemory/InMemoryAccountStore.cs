using Accounts.Members;
using Accounts.Organizations;
using Accounts.Storage;

namespace Accounts.InMemory;

/// <summary>The in-memory <see cref="IAccountStore"/>.</summary>
public sealed class InMemoryAccountStore : IAccountStore
{
    private readonly InMemoryDatabase _database;

    /// <summary>Creates the store over a database.</summary>
    /// <param name="database">The shared in-memory database.</param>
    public InMemoryAccountStore(InMemoryDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public ValueTask<AccountSnapshot?> FindAsync(AccountId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.FindAccount(id));
    }

    /// <inheritdoc />
    public ValueTask<AccountSnapshot?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(normalizedEmail);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.FindAccount(normalizedEmail));
    }

    /// <inheritdoc />
    public ValueTask<AccountPage> ListByOrganizationAsync(OrganizationId organizationId, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.Accounts(organizationId, offset, limit));
    }
}
