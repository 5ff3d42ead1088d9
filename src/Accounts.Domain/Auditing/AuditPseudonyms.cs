using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Accounts.Auditing;

/// <summary>
/// Writes what a person typed into the audit trail only as a keyed hash: an identifier given at
/// sign-in may be someone else's password typed into the wrong field. The same identifier gives
/// the same pseudonym under the same key, so repeated attempts still show up together.
/// </summary>
internal sealed class AuditPseudonyms
{
    private const string Prefix = "hmac:";

    // Longer input adds nothing to tell attempts apart and only costs hashing time.
    private const int MaxHashedCharacters = 512;

    private readonly byte[] _key;

    public AuditPseudonyms(ReadOnlySpan<byte> key) => _key = key.ToArray();

    /// <summary>The pseudonym of an identifier: <c>hmac:</c> and 16 Base64Url characters, case-insensitive in the identifier.</summary>
    /// <param name="identifier">What the person typed; <see langword="null"/> is the empty identifier.</param>
    public string Of(string? identifier)
    {
        var text = (identifier ?? string.Empty).AsSpan();
        text = text[..Math.Min(text.Length, MaxHashedCharacters)];
        Span<char> lower = stackalloc char[text.Length];
        text.ToLowerInvariant(lower);
        var bytes = Encoding.UTF8.GetBytes(lower.ToArray());
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, bytes, mac);
        return Prefix + Base64Url.EncodeToString(mac[..12]);
    }
}
