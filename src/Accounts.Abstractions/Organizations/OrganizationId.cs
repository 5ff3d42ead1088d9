using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Accounts.Identifiers;
using Accounts.Serialization;

namespace Accounts.Organizations;

/// <summary>Identifies an organization: a head office or one of its units.</summary>
[JsonConverter(typeof(TypedIdJsonConverter<OrganizationId>))]
public readonly record struct OrganizationId : ITypedId<OrganizationId>
{
    /// <summary>Wraps a raw value.</summary>
    /// <param name="value">The raw value; never <see cref="Guid.Empty"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty.</exception>
    public OrganizationId(Guid value) => Value = TypedId.RequireNonEmpty(value, nameof(value));

    /// <inheritdoc />
    public static string Prefix => "org";

    /// <summary>The raw value; <see cref="Guid.Empty"/> only for <c>default</c>, which APIs reject.</summary>
    public Guid Value { get; }

    /// <inheritdoc />
    public static OrganizationId FromGuid(Guid value) => new(value);

    /// <inheritdoc />
    public static OrganizationId Parse(string s, IFormatProvider? provider) => TypedId.Parse<OrganizationId>(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OrganizationId result) =>
        TypedId.TryParse(s, out result);

    /// <summary>Renders the identifier as <c>org_</c> followed by 32 hex digits.</summary>
    public override string ToString() => TypedId.Format(this);
}
