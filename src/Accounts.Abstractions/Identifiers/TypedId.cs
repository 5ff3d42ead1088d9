using System.Runtime.CompilerServices;
using Accounts.Security;

namespace Accounts.Identifiers;

/// <summary>Formatting, parsing and creation shared by every <see cref="ITypedId{TSelf}"/>.</summary>
public static class TypedId
{
    private const int HexDigits = 32;

    /// <summary>Creates a new random identifier (a version 4 UUID) from the injected generator.</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="secrets">The source of randomness; identifiers never come from ambient randomness.</param>
    public static TId New<TId>(ISecretGenerator secrets)
        where TId : struct, ITypedId<TId>
    {
        ArgumentNullException.ThrowIfNull(secrets);
        Span<byte> bytes = stackalloc byte[16];
        secrets.Fill(bytes);

        // RFC 9562 version 4 layout: .NET stores the time_hi_and_version field little-endian,
        // so the version nibble sits in byte 7 and the variant bits in byte 8.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var value = new Guid(bytes);
        if (value == Guid.Empty)
        {
            throw new InvalidOperationException("The secret generator produced only zero bytes.");
        }

        return TId.FromGuid(value);
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
