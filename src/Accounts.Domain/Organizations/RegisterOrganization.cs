namespace Accounts.Organizations;

/// <summary>A request to register an organization with its first administrator.</summary>
public sealed record RegisterOrganization
{
    /// <summary>The organization's form.</summary>
    public OrganizationRegistration Organization { get; init; } = new();

    /// <summary>The first administrator.</summary>
    public FoundingAdministrator Administrator { get; init; } = new();
}
