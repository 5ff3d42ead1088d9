using Accounts.Messages;
using Accounts.Results;
using Accounts.Text;

namespace Accounts.Members;

/// <summary>
/// A well-formed e-mail address, normalized to lower case: the identity of a personal
/// account.
/// </summary>
/// <remarks>
/// Accepts the dot-atom form of RFC 5322 in ASCII: a local part of at most 64 characters
/// without leading, trailing or doubled dots, and a domain of at least two labels with an
/// alphabetic top-level label. Quoted local parts, IP literals and internationalized
/// addresses are refused; portals mail such addresses poorly.
/// </remarks>
public readonly record struct EmailAddress
{
    /// <summary>The longest address RFC 5321 allows in a mail path.</summary>
    public const int MaxLength = 254;

    private const string LocalSymbols = "!#$%&'*+-/=?^_`{|}~.";

    private EmailAddress(string value) => Value = value;

    /// <summary>The normalized address.</summary>
    public string Value { get; }

    /// <summary>The part before the <c>@</c>.</summary>
    public ReadOnlySpan<char> LocalPart => Value.AsSpan(0, Value.IndexOf('@', StringComparison.Ordinal));

    /// <summary>The part after the <c>@</c>.</summary>
    public ReadOnlySpan<char> Domain => Value.AsSpan(Value.IndexOf('@', StringComparison.Ordinal) + 1);

    /// <summary>Parses and normalizes an address.</summary>
    /// <param name="text">The entered address.</param>
    /// <param name="field">The field name to report errors against.</param>
    /// <param name="maxLength">The longest address accepted.</param>
    /// <returns>The address, or one error: <c>field.required</c>, <c>field.too_long</c>, <c>field.invalid_character</c> or <c>email.invalid</c>.</returns>
    public static Result<EmailAddress> Parse(string? text, string field = "email", int maxLength = MaxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return FieldErrors.Required.Error(field);
        }

        if (text.Length > maxLength)
        {
            return FieldErrors.TooLong.Error(field, MessageDefinition.Argument("maximum", maxLength));
        }

        if (TextValidation.InvalidCharacterError(text, field) is { } invalidCharacter)
        {
            return invalidCharacter;
        }

        if (!IsWellFormed(text))
        {
            return MemberErrors.EmailInvalid.Error(field);
        }

        return new EmailAddress(ToLower(text));
    }

    /// <summary>Wraps an address that was normalized before, for example one read from a snapshot.</summary>
    /// <param name="normalized">The stored address.</param>
    /// <exception cref="ArgumentException">The text is not a normalized, well-formed address.</exception>
    public static EmailAddress FromNormalized(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return IsWellFormed(normalized) && normalized == ToLower(normalized)
            ? new EmailAddress(normalized)
            : throw new ArgumentException("The text is not a normalized e-mail address.", nameof(normalized));
    }

    /// <summary>The normalized address.</summary>
    public override string ToString() => Value ?? string.Empty;

    private static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@'))
        {
            return false;
        }

        var local = text[..at];
        var domain = text[(at + 1)..];
        return IsLocalPart(local) && IsDomain(domain);
    }

    private static bool IsLocalPart(ReadOnlySpan<char> local)
    {
        if (local.Length is 0 or > 64 || local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || LocalSymbols.Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        if (domain.Length is 0 or > 253)
        {
            return false;
        }

        var labels = 0;
        var lastLabel = ReadOnlySpan<char>.Empty;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-'))
                {
                    return false;
                }
            }

            labels++;
            lastLabel = label;
        }

        return labels >= 2 && lastLabel.Length >= 2 && (char.IsAsciiLetter(lastLabel[0]) || lastLabel.StartsWith("xn--", StringComparison.OrdinalIgnoreCase));
    }

    private static string ToLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                return text.ToLowerInvariant();
            }
        }

        return text;
    }
}
