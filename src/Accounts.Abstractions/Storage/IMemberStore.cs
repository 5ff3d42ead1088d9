using Accounts.Members;
using Accounts.Organizations;

namespace Accounts.Storage;

/// <summary>Reads account aggregates. Writes go through <see cref="IUnitOfWork"/>.</summary>
public interface IMemberStore
{
    /// <summary>Loads an account, or <see langword="null"/> when none has the identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<MemberSnapshot?> FindAsync(MemberId id, CancellationToken cancellationToken);

    /// <summary>Loads the account of a normalized e-mail address, or <see langword="null"/>.</summary>
    /// <param name="normalizedEmail">The address as the domain normalizes it (lower case).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<MemberSnapshot?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken);

    /// <summary>Lists one page of an organization's accounts, ordered by e-mail address.</summary>
    /// <param name="organizationId">The organization.</param>
    /// <param name="offset">How many accounts to skip.</param>
    /// <param name="limit">The most accounts to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<MemberPage> ListByOrganizationAsync(OrganizationId organizationId, int offset, int limit, CancellationToken cancellationToken);
}
