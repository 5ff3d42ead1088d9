using System.Text.Json;
using System.Text.Json.Serialization;
using Accounts.Identifiers;

namespace Accounts.Serialization;

/// <summary>
/// Writes a typed identifier as its text (<c>"mem_0f8f…"</c>) and reads it back, refusing the
/// text of another kind. The identifiers carry it as their <see cref="JsonConverterAttribute"/>,
/// so both reflection and source-generated serialization use it without registration.
/// </summary>
/// <typeparam name="TId">The identifier type.</typeparam>
public sealed class TypedIdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, ITypedId<TId>
{
    /// <inheritdoc />
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && TId.TryParse(reader.GetString(), null, out var id)
            ? id
            : throw new JsonException($"Expected a {typeof(TId).Name} as a string starting with '{TId.Prefix}_'.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TId.TryParse(reader.GetString(), null, out var id) ? id : throw new JsonException($"Expected a {typeof(TId).Name} as property name.");

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString()!);
    }
}
