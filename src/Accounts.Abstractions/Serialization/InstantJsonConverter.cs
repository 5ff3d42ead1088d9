using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Accounts.Serialization;

/// <summary>Writes a <see cref="Instant"/> as ISO 8601 text (<c>2026-04-01T00:00:00Z</c>) and reads it back.</summary>
public sealed class InstantJsonConverter : JsonConverter<Instant>
{
    /// <inheritdoc />
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var parsed = reader.TokenType == JsonTokenType.String ? InstantPattern.ExtendedIso.Parse(reader.GetString()!) : null;
        return parsed is { Success: true } ? parsed.Value : throw new JsonException("Expected a Instant as ISO 8601 text such as 2026-04-01T00:00:00Z.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }
}
