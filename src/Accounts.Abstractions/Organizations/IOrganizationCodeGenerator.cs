namespace Accounts.Organizations;

/// <summary>Issues the portal's code for a newly registered organization.</summary>
/// <remarks>
/// The store enforces uniqueness; when a code is already taken, the registration asks for
/// another one a bounded number of times. A host with its own numbering (for example a
/// sequence in its database) implements this port.
/// </remarks>
public interface IOrganizationCodeGenerator
{
    /// <summary>Returns a code for a new organization.</summary>
    /// <param name="kind">Head office or unit.</param>
    /// <param name="headOffice">The head office's code when registering a unit; otherwise <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<OrganizationCode> NextAsync(OrganizationKind kind, OrganizationCode? headOffice, CancellationToken cancellationToken);
}
