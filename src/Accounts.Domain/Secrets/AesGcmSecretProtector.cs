using System.Buffers.Text;
using System.Security.Cryptography;
using Accounts.Security;
using Ardalis.GuardClauses;

namespace Accounts.Secrets;

/// <summary>
/// An <see cref="ISecretProtector"/> with AES-256-GCM: a random 96-bit nonce per secret, a
/// 128-bit tag over the ciphertext and the associated data, stored as <c>v2.</c> followed by
/// Base64Url of nonce, ciphertext and tag.
/// </summary>
/// <remarks>
/// The host owns the 32-byte key: keep it outside the database (a key vault, an environment
/// secret). Losing it makes the stored TOTP secrets unreadable. Values of version 1 (before
/// secrets were bound to their account) are refused: their members enroll again.
/// </remarks>
public sealed class AesGcmSecretProtector : ISecretProtector
{
    private const string Prefix = "v2.";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;
    private readonly ISecretGenerator _secrets;

    /// <summary>Creates a protector.</summary>
    /// <param name="key">The 256-bit key; copied.</param>
    /// <param name="secrets">The source of nonces.</param>
    /// <exception cref="ArgumentException">The key is not 32 bytes.</exception>
    public AesGcmSecretProtector(ReadOnlySpan<byte> key, ISecretGenerator secrets)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("An AES-256 key has 32 bytes.", nameof(key));
        }

        _key = key.ToArray();
        _secrets = Guard.Against.Null(secrets);
    }

    /// <inheritdoc />
    public string Protect(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> associatedData)
    {
        var buffer = new byte[NonceSize + secret.Length + TagSize];
        var nonce = buffer.AsSpan(0, NonceSize);
        _secrets.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, secret, buffer.AsSpan(NonceSize, secret.Length), buffer.AsSpan(NonceSize + secret.Length), associatedData);
        return Prefix + Base64Url.EncodeToString(buffer);
    }

    /// <inheritdoc />
    public bool TryUnprotect(string protectedValue, ReadOnlySpan<byte> associatedData, out byte[] secret)
    {
        secret = [];
        if (protectedValue is null || !protectedValue.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        byte[] buffer;
        try
        {
            buffer = Base64Url.DecodeFromChars(protectedValue.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        if (buffer.Length < NonceSize + TagSize)
        {
            return false;
        }

        var plain = new byte[buffer.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(buffer.AsSpan(0, NonceSize), buffer.AsSpan(NonceSize, plain.Length), buffer.AsSpan(NonceSize + plain.Length), plain, associatedData);
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }

        secret = plain;
        return true;
    }
}
