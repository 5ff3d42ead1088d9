using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Accounts.Security;
using NodaTime;

namespace Accounts.Identifiers;

/// <summary>Formatting, parsing and creation shared by every <see cref="ITypedId{TSelf}"/>.</summary>
public static class TypedId
{
    private const int HexDigits = 32;

    /// <summary>
    /// Creates a new time-ordered identifier: a version 7 UUID (RFC 9562) whose first 48 bits
    /// are the milliseconds of <paramref name="now"/> and whose other 74 bits come from the
    /// injected generator. Identifiers made later sort later — in text, and as <c>uuid</c> in a
    /// database — so inserts append to a primary-key index instead of splitting its pages.
    /// </summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="secrets">The source of randomness; identifiers never come from ambient randomness.</param>
    /// <param name="now">The instant of creation, from the injected clock.</param>
    public static TId New<TId>(ISecretGenerator secrets, Instant now)
        where TId : struct, ITypedId<TId>
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var milliseconds = now.ToUnixTimeMilliseconds();
        ArgumentOutOfRangeException.ThrowIfNegative(milliseconds, nameof(now));

        // RFC 9562 byte order: unix_ts_ms (48 bits, big-endian), ver (4) + rand_a (12), var (2) + rand_b (62).
        Span<byte> bytes = stackalloc byte[16];
        secrets.Fill(bytes[6..]);
        BinaryPrimitives.WriteInt64BigEndian(bytes, milliseconds << 16 | ((long)bytes[6] << 8) | bytes[7]);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return TId.FromGuid(new Guid(bytes, bigEndian: true));
    }

    /// <summary>
    /// The identifier a name always gives, on every machine (the first 16 bytes of its SHA-256):
    /// for rows a bulk job may write twice, so that the second write collides instead of doubling.
    /// </summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="name">What the row is, for example <c>cutover:member:prg_…:taro@example.jp</c>.</param>
    public static TId Derive<TId>(string name)
        where TId : struct, ITypedId<TId> => TId.FromGuid(Derive(name));

    /// <summary>The raw identifier a name always gives (the first 16 bytes of its SHA-256).</summary>
    /// <param name="name">What the row is.</param>
    public static Guid Derive(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var length = Encoding.UTF8.GetByteCount(name);
        var text = length <= 512 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(name, text);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(text, hash);
        return new Guid(hash[..16]);
    }

    /// <summary>Throws when the value is <see cref="Guid.Empty"/>, the value of an uninitialized identifier.</summary>
    /// <param name="value">The raw value.</param>
    /// <param name="paramName">The parameter name to report.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty.</exception>
    public static Guid RequireNonEmpty(Guid value, string paramName = "value") =>
        value == Guid.Empty ? throw new ArgumentException("An identifier cannot be empty.", paramName) : value;

    /// <summary>Throws when the identifier is <c>default</c>.</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="id">The identifier.</param>
    /// <param name="paramName">The parameter name to report.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the empty identifier.</exception>
    public static TId ThrowIfEmpty<TId>(TId id, [CallerArgumentExpression(nameof(id))] string? paramName = null)
        where TId : struct, ITypedId<TId>
    {
        if (id.Value == Guid.Empty)
        {
            throw new ArgumentException($"The {typeof(TId).Name} is empty (default); pass an identifier that was created or parsed.", paramName);
        }

        return id;
    }

    /// <summary>Renders an identifier as <c>{prefix}_{32 hex digits}</c>.</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="id">The identifier.</param>
    public static string Format<TId>(TId id)
        where TId : struct, ITypedId<TId> =>
        string.Create(TId.Prefix.Length + 1 + HexDigits, id, static (span, state) =>
        {
            TId.Prefix.CopyTo(span);
            span[TId.Prefix.Length] = '_';
            state.Value.TryFormat(span[(TId.Prefix.Length + 1)..], out _, "N");
        });

    /// <summary>Parses the form written by <see cref="Format{TId}"/>.</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="id">The identifier, when the text is valid.</param>
    public static bool TryParse<TId>(ReadOnlySpan<char> text, out TId id)
        where TId : struct, ITypedId<TId>
    {
        id = default;
        var prefix = TId.Prefix;
        if (text.Length != prefix.Length + 1 + HexDigits
            || !text.StartsWith(prefix, StringComparison.Ordinal)
            || text[prefix.Length] != '_')
        {
            return false;
        }

        if (!Guid.TryParseExact(text[(prefix.Length + 1)..], "N", out var value) || value == Guid.Empty)
        {
            return false;
        }

        id = TId.FromGuid(value);
        return true;
    }

    /// <summary>Parses the form written by <see cref="Format{TId}"/>.</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">The text is not an identifier of this kind.</exception>
    public static TId Parse<TId>(string text)
        where TId : struct, ITypedId<TId>
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse<TId>(text, out var id)
            ? id
            : throw new FormatException($"The text is not a {typeof(TId).Name} ({TId.Prefix}_ followed by 32 hex digits).");
    }
}
