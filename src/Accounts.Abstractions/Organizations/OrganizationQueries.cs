using Accounts.Storage;

namespace Accounts.Organizations;

/// <summary>Typed reads of organizations over the storage port.</summary>
public static class OrganizationQueries
{
    /// <summary>Loads an organization, or <see langword="null"/>.</summary>
    /// <param name="store">The store.</param>
    /// <param name="id">The organization.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static ValueTask<OrganizationSnapshot?> FindOrganizationAsync(this IAggregateStore store, OrganizationId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.FindAsync<OrganizationSnapshot>(id.Value, cancellationToken);
    }

    /// <summary>Loads an organization by its portal code, or <see langword="null"/>.</summary>
    /// <param name="store">The store.</param>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static ValueTask<OrganizationSnapshot?> FindOrganizationByCodeAsync(this IAggregateStore store, OrganizationCode code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.FindByKeyAsync(OrganizationSnapshot.CodeKey, code.Value ?? throw new ArgumentException("The organization code is empty (default).", nameof(code)), cancellationToken);
    }

    /// <summary>Lists the units registered under a head office, ordered by code.</summary>
    /// <param name="store">The store.</param>
    /// <param name="headOfficeId">The head office.</param>
    /// <param name="offset">How many units to skip.</param>
    /// <param name="limit">The most units to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static ValueTask<Page<OrganizationSnapshot>> ListUnitsAsync(this IAggregateStore store, OrganizationId headOfficeId, int offset = 0, int limit = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ListAsync(OrganizationSnapshot.UnitsByHeadOffice, headOfficeId.Value, offset, limit, cancellationToken);
    }
}
