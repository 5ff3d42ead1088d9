namespace Accounts.Security;

/// <summary>
/// Encrypts secrets that must be read back, such as TOTP shared secrets, before they are
/// stored. (Secrets that only need checking are hashed instead.) Each secret is bound to
/// associated data, such as the account it belongs to: a protected value copied onto another
/// account does not decrypt there.
/// </summary>
public interface ISecretProtector
{
    /// <summary>Encrypts and authenticates a secret, bound to its associated data.</summary>
    /// <param name="secret">The plain secret.</param>
    /// <param name="associatedData">What the secret belongs to, authenticated but not stored: the same bytes must be given to read it back.</param>
    /// <returns>Text safe to store.</returns>
    string Protect(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> associatedData);

    /// <summary>Decrypts a value made by <see cref="Protect"/> with the same associated data.</summary>
    /// <param name="protectedValue">The stored text.</param>
    /// <param name="associatedData">The associated data given to <see cref="Protect"/>.</param>
    /// <param name="secret">The plain secret, when the value is authentic.</param>
    /// <returns>Whether the value was authentic for this associated data and could be decrypted.</returns>
    bool TryUnprotect(string protectedValue, ReadOnlySpan<byte> associatedData, out byte[] secret);
}
