using Accounts.Organizations;

namespace Accounts.Onboarding;

/// <summary>
/// What an applicant enters on the onboarding form (申込情報), as NEXI's form asks it. Plain
/// data: the domain validates it at confirmation and reports every invalid field at once.
/// </summary>
/// <remarks>
/// A head office or a unit fills in <see cref="Category"/>, <see cref="ReferringBankName"/> and
/// <see cref="Profile"/>; a unit also names its head office's code and its own kind; a web-user
/// application names only the registered organization's code. Every kind fills in the
/// administrator.
/// </remarks>
public sealed record OnboardingForm
{
    /// <summary>Company or financial institution (企業・金融機関区分).</summary>
    public OrganizationCategory Category { get; init; } = OrganizationCategory.Company;

    /// <summary>The industry classification code; the portal's "other" (<c>other</c>) when left out, as NEXI's form does not ask.</summary>
    public string? Industry { get; init; }

    /// <summary>The referring bank (紹介元金融機関名), optional.</summary>
    public string? ReferringBankName { get; init; }

    /// <summary>The organization's profile, for a head office or a unit.</summary>
    public OrganizationProfile? Profile { get; init; }

    /// <summary>The registered head office's code, for a unit.</summary>
    public string? HeadOfficeCode { get; init; }

    /// <summary>Branch, department or office, for a unit.</summary>
    public OrganizationKind? UnitKind { get; init; }

    /// <summary>The registered organization's code, for a web-user application.</summary>
    public string? OrganizationCode { get; init; }

    /// <summary>The administrator's department (所属名); this or the title is required.</summary>
    public string? AdministratorDepartment { get; init; }

    /// <summary>The administrator's title (役職名); this or the department is required.</summary>
    public string? AdministratorTitle { get; init; }

    /// <summary>The administrator's name (氏名).</summary>
    public string? AdministratorName { get; init; }

    /// <summary>The administrator's phone number.</summary>
    public string? AdministratorPhone { get; init; }

    /// <summary>The administrator's e-mail address.</summary>
    public string? AdministratorEmail { get; init; }

    /// <summary>The administrator's e-mail address again (確認用); must match.</summary>
    public string? AdministratorEmailConfirmation { get; init; }

    /// <summary>Whether the organization wants one-time passwords at sign-in (ワンタイムパスワード希望); required.</summary>
    public bool? WantsOneTimePassword { get; init; }
}
