using Accounts.Organizations;
using Accounts.Storage;

namespace Accounts.InMemory;

/// <summary>The in-memory <see cref="IOrganizationStore"/>.</summary>
public sealed class InMemoryOrganizationStore : IOrganizationStore
{
    private readonly InMemoryDatabase _database;

    /// <summary>Creates the store over a database.</summary>
    /// <param name="database">The shared in-memory database.</param>
    public InMemoryOrganizationStore(InMemoryDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public ValueTask<OrganizationSnapshot?> FindAsync(OrganizationId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.FindOrganization(id));
    }

    /// <inheritdoc />
    public ValueTask<OrganizationSnapshot?> FindByCodeAsync(OrganizationCode code, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.FindOrganization(code));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<OrganizationSnapshot>> ListUnitsAsync(OrganizationId headOfficeId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<OrganizationSnapshot>>(_database.Units(headOfficeId));
    }
}
