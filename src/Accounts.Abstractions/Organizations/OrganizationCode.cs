using System.Text.Json.Serialization;
using Accounts.Serialization;

namespace Accounts.Organizations;

/// <summary>
/// The code the portal issues to an organization, unique across the portal, for example NEXI's
/// insurance user code (保険利用者コード), issued per usage unit: head office, branch,
/// department or office.
/// </summary>
[JsonConverter(typeof(OrganizationCodeJsonConverter))]
public readonly record struct OrganizationCode
{
    /// <summary>The longest code accepted.</summary>
    public const int MaxLength = 32;

    /// <summary>Wraps a well-formed code.</summary>
    /// <param name="value">1 to 32 characters: ASCII letters, digits and hyphens.</param>
    /// <exception cref="ArgumentException">The text is not a well-formed code.</exception>
    public OrganizationCode(string value) =>
        Value = IsValid(value) ? value : throw new ArgumentException("An organization code has 1 to 32 ASCII letters, digits or hyphens.", nameof(value));

    /// <summary>The code text; <see langword="null"/> only for <c>default</c>, which APIs reject.</summary>
    public string Value { get; }

    /// <summary>Whether the text is a well-formed code.</summary>
    /// <param name="value">The candidate text.</param>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Wraps a well-formed code.</summary>
    /// <param name="value">The code text.</param>
    /// <exception cref="ArgumentException">The text is not a well-formed code.</exception>
    public static OrganizationCode From(string value) => new(value);

    /// <summary>The code text.</summary>
    public override string ToString() => Value ?? string.Empty;
}
