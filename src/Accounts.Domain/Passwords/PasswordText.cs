using Accounts.Text;

namespace Accounts.Passwords;

/// <summary>
/// The one spelling of a password that is checked and hashed: Unicode Normalization Form C.
/// A password typed as "é" on one keyboard and as "e" plus a combining accent on another is
/// the same password (NIST SP 800-63B 3.1.1.2). ASCII passwords, the only ones the NEXI preset
/// accepts, are already normalized and come back unchanged.
/// </summary>
internal static class PasswordText
{
    /// <summary>The NFC spelling of a password; lone surrogates are kept, for the policy to refuse.</summary>
    /// <param name="password">The password as typed; <see langword="null"/> is the empty password.</param>
    public static string Normalize(string? password) =>
        string.IsNullOrEmpty(password) ? string.Empty : CanonicalNormalizer.ToNfc(password);
}
