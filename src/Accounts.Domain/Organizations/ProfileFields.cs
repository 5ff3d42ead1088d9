namespace Accounts.Organizations;

/// <summary>The field names organization errors use as their target, so a host can put each error beside its form field.</summary>
public static class ProfileFields
{
    /// <summary>Name in kanji.</summary>
    public const string NameKanji = "nameKanji";

    /// <summary>Name in katakana.</summary>
    public const string NameKatakana = "nameKatakana";

    /// <summary>Postal code.</summary>
    public const string PostalCode = "postalCode";

    /// <summary>Address.</summary>
    public const string Address = "address";

    /// <summary>Main phone number.</summary>
    public const string MainPhone = "mainPhone";

    /// <summary>Registered address.</summary>
    public const string RegisteredAddress = "registeredAddress";

    /// <summary>Representative's title.</summary>
    public const string RepresentativeTitle = "representativeTitle";

    /// <summary>Representative's name.</summary>
    public const string RepresentativeName = "representativeName";

    /// <summary>Homepage URL.</summary>
    public const string HomepageUrl = "homepageUrl";

    /// <summary>Referring bank name.</summary>
    public const string ReferringBankName = "referringBankName";

    /// <summary>Industry.</summary>
    public const string Industry = "industry";

    /// <summary>Company or financial institution.</summary>
    public const string Category = "category";

    /// <summary>The manager's name.</summary>
    public const string ManagerName = "managerName";

    /// <summary>The manager's e-mail address.</summary>
    public const string ManagerEmail = "managerEmail";

    /// <summary>Whether sign-in needs a one-time password.</summary>
    public const string RequiresOneTimePassword = "requiresOneTimePassword";
}
