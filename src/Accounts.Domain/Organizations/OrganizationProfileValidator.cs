using Accounts.Results;
using Accounts.Text;

namespace Accounts.Organizations;

/// <summary>Validates and normalizes an organization profile, reporting every violated field at once.</summary>
public static class OrganizationProfileValidator
{
    /// <summary>Validates a profile.</summary>
    /// <param name="profile">The entered profile; <see langword="null"/> counts as every field missing.</param>
    /// <param name="policy">What each field accepts.</param>
    /// <returns>The normalized profile (postal code as <c>NNN-NNNN</c>, phone as digits, blank optional fields as <see langword="null"/>), or every field's error.</returns>
    public static Result<OrganizationProfile> Validate(OrganizationProfile? profile, OrganizationProfilePolicy policy)
    {
        var errors = new List<Error>();
        var normalized = Validate(profile, policy, errors);
        return errors.Count == 0 ? normalized : Result.Failure<OrganizationProfile>([.. errors]);
    }

    /// <summary>Validates a profile, adding errors to a list shared with other checks.</summary>
    /// <param name="profile">The entered profile.</param>
    /// <param name="policy">What each field accepts.</param>
    /// <param name="errors">Where errors are added.</param>
    /// <returns>The normalized profile; meaningful only when no error was added.</returns>
    public static OrganizationProfile Validate(OrganizationProfile? profile, OrganizationProfilePolicy policy, ICollection<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(errors);
        profile ??= new OrganizationProfile();

        TextValidation.Check(profile.NameKanji, policy.NameKanji, ProfileFields.NameKanji, errors);
        TextValidation.Check(profile.NameKatakana, policy.NameKatakana, ProfileFields.NameKatakana, errors);
        TextValidation.Check(profile.Address, policy.Address, ProfileFields.Address, errors);
        TextValidation.Check(profile.RegisteredAddress, policy.RegisteredAddress, ProfileFields.RegisteredAddress, errors);
        TextValidation.Check(profile.RepresentativeTitle, policy.RepresentativeTitle, ProfileFields.RepresentativeTitle, errors);
        TextValidation.Check(profile.RepresentativeName, policy.RepresentativeName, ProfileFields.RepresentativeName, errors);

        var postalCode = Formatted(profile.PostalCode, policy.PostalCodeRequired, ProfileFields.PostalCode, errors, JapanesePostalCode.TryNormalize, FieldErrors.PostalCodeFormat);
        var mainPhone = Formatted(profile.MainPhone, policy.MainPhoneRequired, ProfileFields.MainPhone, errors, JapanesePhoneNumber.TryNormalize, FieldErrors.PhoneFormat);

        var homepage = Blank(profile.HomepageUrl) ? null : profile.HomepageUrl;
        if (TextValidation.Check(homepage, policy.HomepageUrl, ProfileFields.HomepageUrl, errors) && homepage is not null && !IsWebAddress(homepage))
        {
            errors.Add(FieldErrors.UrlFormat.Error(ProfileFields.HomepageUrl));
        }

        return new OrganizationProfile
        {
            NameKanji = profile.NameKanji,
            NameKatakana = profile.NameKatakana,
            PostalCode = postalCode,
            Address = profile.Address,
            MainPhone = mainPhone,
            RegisteredAddress = Blank(profile.RegisteredAddress) ? null : profile.RegisteredAddress,
            RepresentativeTitle = Blank(profile.RepresentativeTitle) ? null : profile.RepresentativeTitle,
            RepresentativeName = Blank(profile.RepresentativeName) ? null : profile.RepresentativeName,
            HomepageUrl = homepage,
        };
    }

    private delegate bool Normalizer(string? text, out string normalized);

    private static string? Formatted(string? value, bool required, string field, ICollection<Error> errors, Normalizer normalize, Messages.MessageDefinition formatError)
    {
        if (Blank(value))
        {
            if (required)
            {
                errors.Add(FieldErrors.Required.Error(field));
            }

            return null;
        }

        if (normalize(value, out var normalized))
        {
            return normalized;
        }

        errors.Add(TextValidation.InvalidCharacterError(value, field) ?? formatError.Error(field));
        return value;
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
