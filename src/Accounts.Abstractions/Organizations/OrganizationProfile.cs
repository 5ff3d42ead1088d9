namespace Accounts.Organizations;

/// <summary>
/// The profile of an organization as entered on a registration form (NEXI's fields). Plain
/// data: the domain validates and normalizes it before it is stored.
/// </summary>
/// <remarks>
/// A <see langword="null"/> field means "not given"; required fields that are missing are
/// reported by validation, never thrown.
/// </remarks>
public sealed record OrganizationProfile
{
    /// <summary>Name in kanji (漢字), full-width.</summary>
    public string? NameKanji { get; init; }

    /// <summary>Name in katakana (カナ), full-width katakana.</summary>
    public string? NameKatakana { get; init; }

    /// <summary>Postal code, <c>NNN-NNNN</c>.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Address (所在地), full-width.</summary>
    public string? Address { get; init; }

    /// <summary>Main phone number (代表電話番号), Japanese numbering.</summary>
    public string? MainPhone { get; init; }

    /// <summary>Registered address (登記所在地); <see langword="null"/> when it is the same as <see cref="Address"/>.</summary>
    public string? RegisteredAddress { get; init; }

    /// <summary>Title of the representative (代表者役職名), full-width.</summary>
    public string? RepresentativeTitle { get; init; }

    /// <summary>Name of the representative (代表者氏名), full-width.</summary>
    public string? RepresentativeName { get; init; }

    /// <summary>Homepage URL (ホームページアドレス), half-width; optional.</summary>
    public string? HomepageUrl { get; init; }
}
