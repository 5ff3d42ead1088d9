using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Accounts.Security;

namespace Accounts.Secrets;

/// <summary>
/// Single-use tokens for links (invitations, sign-in challenges): 256 random bits bound to the
/// identifier of what they unlock, stored only as a SHA-256 hash and compared in constant time
///.
/// </summary>
/// <remarks>
/// The token text is Base64Url of the 16-byte identifier followed by the 32-byte secret, 64
/// characters. The identifier lets a store find the record without an index on hashes; it is
/// not a secret.
/// </remarks>
internal static class SecretToken
{
    /// <summary>The bytes of randomness in a token.</summary>
    public const int SecretLength = 32;

    private const int SubjectLength = 16;
    private const int TokenBytes = SubjectLength + SecretLength;
    private const int TokenLength = 64;

    /// <summary>Issues a token for a subject.</summary>
    /// <param name="subject">The identifier of what the token unlocks.</param>
    /// <param name="secrets">The cryptographic generator.</param>
    public static IssuedToken Issue(Guid subject, ISecretGenerator secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        Span<byte> bytes = stackalloc byte[TokenBytes];
        subject.TryWriteBytes(bytes);
        secrets.Fill(bytes[SubjectLength..]);
        var token = Base64Url.EncodeToString(bytes);
        var hash = HashSecret(bytes[SubjectLength..]);
        CryptographicOperations.ZeroMemory(bytes);
        return new IssuedToken(token, hash);
    }

    /// <summary>Reads a token presented by its holder.</summary>
    /// <param name="token">The token text.</param>
    /// <param name="subject">The identifier it unlocks.</param>
    /// <param name="hash">The hash of its secret, to compare with the stored one by <see cref="HashesEqual"/>.</param>
    /// <returns>Whether the text is a well-formed token.</returns>
    public static bool TryRead(string? token, out Guid subject, out string hash)
    {
        subject = Guid.Empty;
        hash = string.Empty;
        if (token is null || token.Length != TokenLength)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[TokenBytes];
        if (Base64Url.DecodeFromChars(token, bytes, out var consumed, out var written) != System.Buffers.OperationStatus.Done
            || consumed != TokenLength || written != TokenBytes)
        {
            return false;
        }

        subject = new Guid(bytes[..SubjectLength]);
        hash = HashSecret(bytes[SubjectLength..]);
        CryptographicOperations.ZeroMemory(bytes);
        return subject != Guid.Empty;
    }

    /// <summary>Compares two hashes in time that does not depend on where they differ.</summary>
    /// <param name="stored">The stored hash.</param>
    /// <param name="presented">The hash of the presented token.</param>
    public static bool HashesEqual(string? stored, string? presented) =>
        stored is not null && presented is not null
        && CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes(stored.AsSpan()), MemoryMarshal.AsBytes(presented.AsSpan()));

    private static string HashSecret(ReadOnlySpan<byte> secret)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(secret, digest);
        return Base64Url.EncodeToString(digest);
    }
}
