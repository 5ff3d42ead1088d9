using System.Globalization;
using Accounts.Organizations;

namespace Accounts.SignIn;

/// <summary>
/// What a person signs in with: the e-mail address, or a user ID the portal issues. An issued
/// user ID is the organization's code, a hyphen and a serial number of
/// <see cref="SerialDigits"/> digits (<c>7KX2M9QA-00</c>), letters in upper case so that an ID
/// typed in either case is found: the lowest serial free in the
/// organization goes to each new account, so NEXI's one administrator ID and 99 applicant IDs
/// per insurance user code fit in two digits, and the ID tells which organization it belongs to.
/// </summary>
public sealed record SignInIdentifierPolicy
{
    private const char Separator = '-';

    /// <summary>Sign-in with the e-mail address, unique across the portal; the ClassNK preset and the default.</summary>
    public static SignInIdentifierPolicy EmailAddress { get; } = new();

    /// <summary>NEXI Web services: a Web user ID per account, the organization code and a two-digit serial.</summary>
    public static SignInIdentifierPolicy Nexi { get; } = new() { Kind = SignInIdentifierKind.IssuedUserId, SerialDigits = 2 };

    /// <summary>What a person types to sign in.</summary>
    public SignInIdentifierKind Kind
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "An unknown kind of sign-in identifier.");
    } = SignInIdentifierKind.EmailAddress;

    /// <summary>How many digits the serial of an issued user ID has: 1 to 6, so an organization holds at most 10^digits IDs.</summary>
    public int SerialDigits
    {
        get;
        init => field = value is >= 1 and <= 6 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A serial has 1 to 6 digits.");
    } = 2;

    /// <summary>Whether the portal issues user IDs.</summary>
    public bool IssuesUserIds => Kind == SignInIdentifierKind.IssuedUserId;

    /// <summary>How many user IDs one organization can hold.</summary>
    public int SerialCount => (int)Math.Pow(10, SerialDigits);

    /// <summary>The user ID of an organization's serial.</summary>
    /// <param name="organizationCode">The organization's code.</param>
    /// <param name="serial">From 0 to <see cref="SerialCount"/> − 1.</param>
    public string FormatUserId(OrganizationCode organizationCode, int serial)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(serial, SerialCount);
        return string.Create(CultureInfo.InvariantCulture, $"{organizationCode.Value.ToUpperInvariant()}{Separator}{serial.ToString("D" + SerialDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)}");
    }

    /// <summary>
    /// The serial of a user ID issued for an organization, or <see langword="null"/> when the ID
    /// is not one of that organization's.
    /// </summary>
    /// <param name="organizationCode">The organization's code.</param>
    /// <param name="userId">A user ID as issued.</param>
    public int? SerialOf(OrganizationCode organizationCode, string? userId)
    {
        var code = organizationCode.Value;
        if (userId is null
            || userId.Length != code.Length + 1 + SerialDigits
            || !userId.StartsWith(code, StringComparison.OrdinalIgnoreCase)
            || userId[code.Length] != Separator)
        {
            return null;
        }

        var serial = 0;
        foreach (var digit in userId.AsSpan(code.Length + 1))
        {
            if (!char.IsAsciiDigit(digit))
            {
                return null;
            }

            serial = (serial * 10) + (digit - '0');
        }

        return serial;
    }

    /// <summary>
    /// What a person typed, as a user ID is stored: surrounding spaces (ideographic ones too)
    /// trimmed, full-width letters, digits and hyphens read as their ASCII forms, letters in
    /// upper case. The result is only looked up, never trusted: an ID nobody holds signs in nobody.
    /// </summary>
    /// <param name="typed">The identifier as typed.</param>
    public static string NormalizeUserId(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);

        // Mapped by hand rather than by NFKC: hosts that run with invariant globalization have no normalization tables.
        var trimmed = typed.AsSpan().Trim();
        return string.Create(trimmed.Length, typed.Trim(), static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = source[i];
                if (c is >= '\uFF01' and <= '\uFF5E')
                {
                    c = (char)(c - 0xFEE0);
                }

                // The katakana prolonged sound mark and the dashes are typed for a hyphen.
                span[i] = c is 'ー' or '－' or '−' or '‐' or '‑' or '–' ? Separator : char.ToUpperInvariant(c);
            }
        });
    }
}
