using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Accounts.Identifiers;
using Accounts.Serialization;

namespace Accounts.Registration;

/// <summary>Identifies a shared login of a company in the system a portal migrates from (現行アカウント).</summary>
[JsonConverter(typeof(TypedIdJsonConverter<LegacyAccountId>))]
public readonly record struct LegacyAccountId : ITypedId<LegacyAccountId>
{
    /// <summary>Wraps a raw value.</summary>
    /// <param name="value">The raw value; never <see cref="Guid.Empty"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty.</exception>
    public LegacyAccountId(Guid value) => Value = TypedId.RequireNonEmpty(value, nameof(value));

    /// <inheritdoc />
    public static string Prefix => "lga";

    /// <summary>The raw value; <see cref="Guid.Empty"/> only for <c>default</c>, which APIs reject.</summary>
    public Guid Value { get; }

    /// <inheritdoc />
    public static LegacyAccountId FromGuid(Guid value) => new(value);

    /// <inheritdoc />
    public static LegacyAccountId Parse(string s, IFormatProvider? provider) => TypedId.Parse<LegacyAccountId>(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out LegacyAccountId result) =>
        TypedId.TryParse(s, out result);

    /// <summary>Renders the identifier as <c>lga_</c> followed by 32 hex digits.</summary>
    public override string ToString() => TypedId.Format(this);
}
