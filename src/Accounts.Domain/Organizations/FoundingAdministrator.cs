namespace Accounts.Organizations;

/// <summary>The first administrator of a newly registered organization: it never exists without one.</summary>
public sealed record FoundingAdministrator
{
    /// <summary>The administrator's e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The administrator's name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The language of their mail; the portal's default when left out.</summary>
    public string? Language { get; init; }

    /// <summary>Invitation mail or initial password.</summary>
    public AdministratorProvisioning Provisioning { get; init; } = AdministratorProvisioning.Invitation;
}
