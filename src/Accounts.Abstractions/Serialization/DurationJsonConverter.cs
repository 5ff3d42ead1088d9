using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Accounts.Serialization;

/// <summary>
/// Writes a <see cref="Duration"/> as an ISO 8601 duration (<c>PT15M</c>, <c>P7D</c>; a day is 24
/// hours) and reads it back; months and years are refused because their length varies.
/// </summary>
public sealed class DurationJsonConverter : JsonConverter<Duration>
{
    /// <inheritdoc />
    public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var parsed = reader.TokenType == JsonTokenType.String ? PeriodPattern.NormalizingIso.Parse(reader.GetString()!) : null;
        return parsed is { Success: true, Value: { Years: 0, Months: 0 } period }
            ? period.ToDuration()
            : throw new JsonException("Expected a duration as ISO 8601 text such as PT15M or P7D, without months or years.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(PeriodPattern.NormalizingIso.Format(Period.FromNanoseconds(value.ToInt64Nanoseconds()).Normalize()));
    }
}
