using Accounts.Organizations;

namespace Accounts.Registration;

/// <summary>The company information of a pre-registration: what its organization is registered with at cutover.</summary>
public sealed record PreRegisteredCompany
{
    /// <summary>The industry code.</summary>
    public string? Industry { get; init; }

    /// <summary>Company, individual business or other.</summary>
    public OrganizationCategory Category { get; init; } = OrganizationCategory.Company;

    /// <summary>The profile: names, address, phone, representative.</summary>
    public OrganizationProfile? Profile { get; init; }

    /// <summary>The person in charge of the account, when the portal asks for one.</summary>
    public Contact? Manager { get; init; }
}
