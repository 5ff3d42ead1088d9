using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Accounts.Identifiers;
using Accounts.Serialization;

namespace Accounts.Registration;

/// <summary>Identifies a company's pre-registration for a migration campaign (事前登録).</summary>
[JsonConverter(typeof(TypedIdJsonConverter<PreRegistrationId>))]
public readonly record struct PreRegistrationId : ITypedId<PreRegistrationId>
{
    /// <summary>Wraps a raw value.</summary>
    /// <param name="value">The raw value; never <see cref="Guid.Empty"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty.</exception>
    public PreRegistrationId(Guid value) => Value = TypedId.RequireNonEmpty(value, nameof(value));

    /// <inheritdoc />
    public static string Prefix => "prg";

    /// <summary>The raw value; <see cref="Guid.Empty"/> only for <c>default</c>, which APIs reject.</summary>
    public Guid Value { get; }

    /// <inheritdoc />
    public static PreRegistrationId FromGuid(Guid value) => new(value);

    /// <inheritdoc />
    public static PreRegistrationId Parse(string s, IFormatProvider? provider) => TypedId.Parse<PreRegistrationId>(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PreRegistrationId result) =>
        TypedId.TryParse(s, out result);

    /// <summary>Renders the identifier as <c>prg_</c> followed by 32 hex digits.</summary>
    public override string ToString() => TypedId.Format(this);
}
