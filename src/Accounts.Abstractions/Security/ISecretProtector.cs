namespace Accounts.Security;

/// <summary>
/// Encrypts secrets that must be read back, such as TOTP shared secrets, before they are
/// stored. (Secrets that only need checking are hashed instead.)
/// </summary>
public interface ISecretProtector
{
    /// <summary>Encrypts and authenticates a secret.</summary>
    /// <param name="secret">The plain secret.</param>
    /// <returns>Text safe to store.</returns>
    string Protect(ReadOnlySpan<byte> secret);

    /// <summary>Decrypts a value made by <see cref="Protect"/>.</summary>
    /// <param name="protectedValue">The stored text.</param>
    /// <param name="secret">The plain secret, when the value is authentic.</param>
    /// <returns>Whether the value was authentic and could be decrypted.</returns>
    bool TryUnprotect(string protectedValue, out byte[] secret);
}
