namespace Accounts.Organizations;

/// <summary>What a registration form gives about an organization. Plain input; the domain validates it.</summary>
public sealed record OrganizationRegistration
{
    /// <summary>The industry classification code, for example <see cref="Industry.NonLifeInsurer"/>.</summary>
    public string? Industry { get; init; }

    /// <summary>Company or financial institution.</summary>
    public OrganizationCategory Category { get; init; } = OrganizationCategory.Company;

    /// <summary>The referring bank (紹介元金融機関名), optional.</summary>
    public string? ReferringBankName { get; init; }

    /// <summary>The profile.</summary>
    public OrganizationProfile? Profile { get; init; }

    /// <summary>The organization's manager (管理責任者), who receives application notices; optional.</summary>
    public Contact? Manager { get; init; }

    /// <summary>Whether sign-in needs a one-time password (chosen at registration).</summary>
    public bool RequiresOneTimePassword { get; init; }
}
