using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Accounts.Identifiers;
using Accounts.Serialization;

namespace Accounts.Members;

/// <summary>Identifies a member: a person's personal account in one organization.</summary>
[JsonConverter(typeof(TypedIdJsonConverter<MemberId>))]
public readonly record struct MemberId : ITypedId<MemberId>
{
    /// <summary>Wraps a raw value.</summary>
    /// <param name="value">The raw value; never <see cref="Guid.Empty"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty.</exception>
    public MemberId(Guid value) => Value = TypedId.RequireNonEmpty(value, nameof(value));

    /// <inheritdoc />
    public static string Prefix => "mem";

    /// <summary>The raw value; <see cref="Guid.Empty"/> only for <c>default</c>, which APIs reject.</summary>
    public Guid Value { get; }

    /// <inheritdoc />
    public static MemberId FromGuid(Guid value) => new(value);

    /// <inheritdoc />
    public static MemberId Parse(string s, IFormatProvider? provider) => TypedId.Parse<MemberId>(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MemberId result) =>
        TypedId.TryParse(s, out result);

    /// <summary>Renders the identifier as <c>mem_</c> followed by 32 hex digits.</summary>
    public override string ToString() => TypedId.Format(this);
}
