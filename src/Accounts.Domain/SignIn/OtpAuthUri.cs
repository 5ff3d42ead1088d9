using System.Globalization;

namespace Accounts.SignIn;

/// <summary>The <c>otpauth://totp/</c> URI authenticator apps scan as a QR code (Google Authenticator's key URI format).</summary>
internal static class OtpAuthUri
{
    /// <summary>Builds the URI.</summary>
    /// <param name="issuer">The portal's name.</param>
    /// <param name="accountName">What the person signs in with: the e-mail address or the portal-issued user ID.</param>
    /// <param name="base32Secret">The shared secret in Base32.</param>
    /// <param name="policy">Algorithm, digits and step.</param>
    public static string Create(string issuer, string accountName, string base32Secret, OneTimePasswordPolicy policy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        ArgumentException.ThrowIfNullOrWhiteSpace(base32Secret);
        ArgumentNullException.ThrowIfNull(policy);
        var algorithm = policy.Algorithm switch
        {
            TotpAlgorithm.Sha256 => "SHA256",
            TotpAlgorithm.Sha512 => "SHA512",
            _ => "SHA1",
        };
        var label = Uri.EscapeDataString(issuer) + ":" + Uri.EscapeDataString(accountName);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"otpauth://totp/{label}?secret={base32Secret}&issuer={Uri.EscapeDataString(issuer)}&algorithm={algorithm}&digits={policy.Digits}&period={(int)policy.Step.TotalSeconds}");
    }
}
