using Accounts.Organizations;

namespace Accounts.Storage;

/// <summary>Reads organization aggregates. Writes go through <see cref="IUnitOfWork"/>.</summary>
public interface IOrganizationStore
{
    /// <summary>Loads an organization, or <see langword="null"/> when none has the identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<OrganizationSnapshot?> FindAsync(OrganizationId id, CancellationToken cancellationToken);

    /// <summary>Loads an organization by its portal code, or <see langword="null"/>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<OrganizationSnapshot?> FindByCodeAsync(OrganizationCode code, CancellationToken cancellationToken);

    /// <summary>Lists the units registered under a head office, ordered by code.</summary>
    /// <param name="headOfficeId">The head office.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<IReadOnlyList<OrganizationSnapshot>> ListUnitsAsync(OrganizationId headOfficeId, CancellationToken cancellationToken);
}
