using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Accounts.Identifiers;
using Accounts.Serialization;

namespace Accounts.Onboarding;

/// <summary>Identifies an onboarding application (利用者登録の申込み).</summary>
[JsonConverter(typeof(TypedIdJsonConverter<OnboardingApplicationId>))]
public readonly record struct OnboardingApplicationId : ITypedId<OnboardingApplicationId>
{
    /// <summary>Wraps a raw value.</summary>
    /// <param name="value">The raw value; never <see cref="Guid.Empty"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty.</exception>
    public OnboardingApplicationId(Guid value) => Value = TypedId.RequireNonEmpty(value, nameof(value));

    /// <inheritdoc />
    public static string Prefix => "onb";

    /// <summary>The raw value; <see cref="Guid.Empty"/> only for <c>default</c>, which APIs reject.</summary>
    public Guid Value { get; }

    /// <inheritdoc />
    public static OnboardingApplicationId FromGuid(Guid value) => new(value);

    /// <inheritdoc />
    public static OnboardingApplicationId Parse(string s, IFormatProvider? provider) => TypedId.Parse<OnboardingApplicationId>(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OnboardingApplicationId result) =>
        TypedId.TryParse(s, out result);

    /// <summary>Renders the identifier as <c>onb_</c> followed by 32 hex digits.</summary>
    public override string ToString() => TypedId.Format(this);
}
