using Accounts.Organizations;
using Accounts.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accounts.Domain.Tests.Organizations;

[Trait("Req", "R-ORG-4")]
public sealed class OrganizationProfileValidatorTests
{
    private static readonly OrganizationProfilePolicy Policy = OrganizationProfilePolicy.Nexi;

    [Fact]
    public void ValidProfile_IsNormalized()
    {
        var result = OrganizationProfileValidator.Validate(TestPortal.ValidProfile with { PostalCode = "１００－０００１", MainPhone = "03 (1234) 5678", HomepageUrl = " " }, Policy);

        Assert.True(result.IsSuccess);
        Assert.Equal("100-0001", result.Value.PostalCode);
        Assert.Equal("0312345678", result.Value.MainPhone);
        Assert.Null(result.Value.HomepageUrl);
    }

    [Fact]
    public void EveryViolatedField_IsReportedAtOnce_EachWithItsFieldName()
    {
        var profile = new OrganizationProfile
        {
            NameKanji = new string('株', 51),
            NameKatakana = "かぶしき",
            PostalCode = "1000001",
            Address = "Tokyo",
            MainPhone = "03-1234",
            RegisteredAddress = new string('東', 61),
            RepresentativeTitle = null,
            RepresentativeName = "Taro",
            HomepageUrl = "ftp://example.jp",
        };

        var result = OrganizationProfileValidator.Validate(profile, Policy);

        Assert.Equal(
            [
                ("field.too_long", "nameKanji"),
                ("field.katakana_required", "nameKatakana"),
                ("field.full_width_required", "address"),
                ("field.too_long", "registeredAddress"),
                ("field.required", "representativeTitle"),
                ("field.full_width_required", "representativeName"),
                ("field.postal_code_format", "postalCode"),
                ("field.phone_format", "mainPhone"),
                ("field.url_format", "homepageUrl"),
            ],
            result.Errors.Select(e => (e.Code, e.Target)));
    }

    [Fact]
    public void NullProfile_ReportsEveryRequiredField()
    {
        var result = OrganizationProfileValidator.Validate(null, Policy);

        Assert.Equal(
            ["nameKanji", "nameKatakana", "address", "representativeTitle", "representativeName", "postalCode", "mainPhone"],
            result.Errors.Select(e => e.Target));
        Assert.All(result.Errors, e => Assert.Equal("field.required", e.Code));
    }

    [Fact]
    public void Limits_ArePolicyData_AnotherPortalCanChangeThem()
    {
        var shortNames = Policy with { NameKanji = Policy.NameKanji with { MaxLength = 5 } };

        Assert.True(OrganizationProfileValidator.Validate(TestPortal.ValidProfile, Policy).IsSuccess);
        Assert.Equal("field.too_long", OrganizationProfileValidator.Validate(TestPortal.ValidProfile, shortNames).FirstError!.Code);
    }

    [Property]
    public Property Property_GeneratedValidProfiles_AreAccepted()
    {
        var profiles =
            from kanji in Generators.StringOf(Generators.Kanji, 50)
            from kana in Generators.StringOf(Generators.Katakana, 60)
            from address in Generators.StringOf(Generators.FullWidthCharacter, 55).Where(s => !string.IsNullOrWhiteSpace(s))
            from title in Generators.StringOf(Generators.Kanji, 15)
            from name in Generators.StringOf(Generators.Kanji, 15)
            from postal in Gen.Choose(0, 9_999_999)
            from phone in Gen.Choose(10_000_000, 99_999_999)
            select new OrganizationProfile
            {
                NameKanji = kanji,
                NameKatakana = kana,
                Address = address,
                RepresentativeTitle = title,
                RepresentativeName = name,
                PostalCode = $"{postal / 10_000:000}-{postal % 10_000:0000}",
                MainPhone = $"03{phone}",
            };

        return Prop.ForAll(profiles.ToArbitrary(), profile => OrganizationProfileValidator.Validate(profile, Policy).IsSuccess);
    }

    [Property]
    public Property Property_EachKindOfInvalidValue_IsReportedOnItsField()
    {
        var invalid =
            from field in Gen.Elements(ProfileFields.NameKanji, ProfileFields.NameKatakana, ProfileFields.Address, ProfileFields.RepresentativeTitle, ProfileFields.RepresentativeName)
            from sample in Gen.OneOf(
                Generators.WithInserted(Generators.StringOf(Generators.Katakana, 5), Generators.AsciiPrintable.Where(c => c != ' ')).Select(v => (v, field == ProfileFields.NameKatakana ? "field.katakana_required" : "field.full_width_required")),
                Generators.WithInserted(Generators.StringOf(Generators.Katakana, 5), Generators.HalfWidthKatakana).Select(v => (v, field == ProfileFields.NameKatakana ? "field.katakana_required" : "field.full_width_required")),
                Generators.WithInserted(Generators.StringOf(Generators.Katakana, 5), Generators.Control).Select(v => (v, "field.invalid_character")),
                Gen.Choose(61, 120).Select(n => (new string('カ', n), "field.too_long")),
                Gen.Elements("", " ", "\u3000").Select(v => (v, "field.required")))
            select (field, sample.Item1, sample.Item2);

        return Prop.ForAll(invalid.ToArbitrary(), sample =>
        {
            var result = OrganizationProfileValidator.Validate(With(sample.field, sample.Item2), Policy);
            return result.Errors.Select(e => (e.Code, e.Target)).SequenceEqual([(sample.Item3, sample.field)]);
        });
    }

    private static OrganizationProfile With(string field, string value) => field switch
    {
        ProfileFields.NameKanji => TestPortal.ValidProfile with { NameKanji = value },
        ProfileFields.NameKatakana => TestPortal.ValidProfile with { NameKatakana = value },
        ProfileFields.Address => TestPortal.ValidProfile with { Address = value },
        ProfileFields.RepresentativeTitle => TestPortal.ValidProfile with { RepresentativeTitle = value },
        _ => TestPortal.ValidProfile with { RepresentativeName = value },
    };
}
