using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Accounts.Identifiers;
using Accounts.Serialization;

namespace Accounts.ServiceApplications;

/// <summary>Identifies an application of an organization for a service (サービス利用申込み・変更申込み).</summary>
[JsonConverter(typeof(TypedIdJsonConverter<ServiceApplicationId>))]
public readonly record struct ServiceApplicationId : ITypedId<ServiceApplicationId>
{
    /// <summary>Wraps a raw value.</summary>
    /// <param name="value">The raw value; never <see cref="Guid.Empty"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty.</exception>
    public ServiceApplicationId(Guid value) => Value = TypedId.RequireNonEmpty(value, nameof(value));

    /// <inheritdoc />
    public static string Prefix => "sva";

    /// <summary>The raw value; <see cref="Guid.Empty"/> only for <c>default</c>, which APIs reject.</summary>
    public Guid Value { get; }

    /// <inheritdoc />
    public static ServiceApplicationId FromGuid(Guid value) => new(value);

    /// <inheritdoc />
    public static ServiceApplicationId Parse(string s, IFormatProvider? provider) => TypedId.Parse<ServiceApplicationId>(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ServiceApplicationId result) =>
        TypedId.TryParse(s, out result);

    /// <summary>Renders the identifier as <c>sva_</c> followed by 32 hex digits.</summary>
    public override string ToString() => TypedId.Format(this);
}
