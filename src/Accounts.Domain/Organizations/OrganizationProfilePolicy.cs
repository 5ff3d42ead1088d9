using Accounts.Text;

namespace Accounts.Organizations;

/// <summary>
/// What an organization profile accepts, field by field. The defaults are the NEXI form's
/// limits; a portal replaces any of them.
/// </summary>
public sealed record OrganizationProfilePolicy
{
    /// <summary>NEXI's registration form: name in kanji ≤ 50, katakana ≤ 60, address ≤ 55, registered address ≤ 60, representative title and name ≤ 15, homepage ≤ 50, referring bank ≤ 50.</summary>
    public static OrganizationProfilePolicy Nexi { get; } = new();

    /// <summary>Name in kanji: full-width, 50.</summary>
    public TextRule NameKanji { get; init; } = new(TextKind.FullWidth, 50);

    /// <summary>Name in katakana: full-width katakana, 60.</summary>
    public TextRule NameKatakana { get; init; } = new(TextKind.Katakana, 60);

    /// <summary>Address: full-width, 55.</summary>
    public TextRule Address { get; init; } = new(TextKind.FullWidth, 55);

    /// <summary>Registered address when it differs from the address: full-width, 60.</summary>
    public TextRule RegisteredAddress { get; init; } = new(TextKind.FullWidth, 60, Required: false);

    /// <summary>Representative's title: full-width, 15.</summary>
    public TextRule RepresentativeTitle { get; init; } = new(TextKind.FullWidth, 15);

    /// <summary>Representative's name: full-width, 15.</summary>
    public TextRule RepresentativeName { get; init; } = new(TextKind.FullWidth, 15);

    /// <summary>Homepage URL: half-width, 50, optional.</summary>
    public TextRule HomepageUrl { get; init; } = new(TextKind.HalfWidthAlphanumeric, 50, Required: false);

    /// <summary>Referring bank name (紹介元金融機関名): full-width, 50, optional.</summary>
    public TextRule ReferringBankName { get; init; } = new(TextKind.FullWidth, 50, Required: false);

    /// <summary>Whether the postal code is required.</summary>
    public bool PostalCodeRequired { get; init; } = true;

    /// <summary>Whether the main phone number is required.</summary>
    public bool MainPhoneRequired { get; init; } = true;

    /// <summary>A copy whose full-width fields accept the given repertoire; the other fields stay as they are.</summary>
    /// <param name="repertoire">Which characters count as full-width.</param>
    public OrganizationProfilePolicy WithFullWidth(FullWidthRepertoire repertoire) => this with
    {
        NameKanji = NameKanji.WithFullWidth(repertoire),
        NameKatakana = NameKatakana.WithFullWidth(repertoire),
        Address = Address.WithFullWidth(repertoire),
        RegisteredAddress = RegisteredAddress.WithFullWidth(repertoire),
        RepresentativeTitle = RepresentativeTitle.WithFullWidth(repertoire),
        RepresentativeName = RepresentativeName.WithFullWidth(repertoire),
        HomepageUrl = HomepageUrl.WithFullWidth(repertoire),
        ReferringBankName = ReferringBankName.WithFullWidth(repertoire),
    };

    /// <summary>A copy that shares no rule object with this one, so changing the copy (as configuration binding does) leaves this policy as it was.</summary>
    internal OrganizationProfilePolicy DeepCopy() => this with
    {
        NameKanji = NameKanji with { },
        NameKatakana = NameKatakana with { },
        Address = Address with { },
        RegisteredAddress = RegisteredAddress with { },
        RepresentativeTitle = RepresentativeTitle with { },
        RepresentativeName = RepresentativeName with { },
        HomepageUrl = HomepageUrl with { },
        ReferringBankName = ReferringBankName with { },
    };
}
