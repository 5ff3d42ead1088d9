using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Accounts.Serialization;

/// <summary>
/// The JSON converters of the library's values. Typed identifiers and organization codes
/// serialize as strings on their own; NodaTime types need these converters registered, once:
/// <c>options.AddAccountsConverters</c>, or in a source-generated context
/// <c>[JsonSourceGenerationOptions(Converters = [typeof(InstantJsonConverter), typeof(LocalDateJsonConverter), typeof(DurationJsonConverter)])]</c>.
/// None of them uses reflection, so they work trimmed and ahead-of-time compiled.
/// </summary>
public static class AccountsJson
{
    /// <summary>An <see cref="NodaTime.Instant"/> as ISO 8601 in UTC, for example <c>2026-04-01T00:00:00Z</c>.</summary>
    public static JsonConverter<Instant> Instant { get; } = new InstantJsonConverter();

    /// <summary>A <see cref="NodaTime.LocalDate"/> as ISO 8601, for example <c>2026-04-01</c>.</summary>
    public static JsonConverter<LocalDate> LocalDate { get; } = new LocalDateJsonConverter();

    /// <summary>A <see cref="NodaTime.Duration"/> as an ISO 8601 duration, for example <c>PT15M</c>.</summary>
    public static JsonConverter<Duration> Duration { get; } = new DurationJsonConverter();

    /// <summary>Adds the NodaTime converters to serializer options.</summary>
    /// <param name="options">The options, before first use.</param>
    /// <returns>The same options.</returns>
    public static JsonSerializerOptions AddAccountsConverters(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(Instant);
        options.Converters.Add(LocalDate);
        options.Converters.Add(Duration);
        return options;
    }
}
