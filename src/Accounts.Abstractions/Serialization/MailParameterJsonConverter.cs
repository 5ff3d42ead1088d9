using System.Text.Json;
using System.Text.Json.Serialization;
using Accounts.Notifications;

namespace Accounts.Serialization;

/// <summary>
/// Writes a <see cref="MailParameter"/> as <c>{"name": …, "value": …, "isSecret": …}</c> with a
/// secret's value as <c>"***"</c>, so an outbox message logged or returned as JSON never shows a
/// token. A secret parameter is never read back from JSON.
/// </summary>
public sealed class MailParameterJsonConverter : JsonConverter<MailParameter>
{
    /// <inheritdoc />
    public override MailParameter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a mail parameter as an object.");
        }

        string? name = null, value = null;
        var isSecret = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "name":
                    name = reader.GetString();
                    break;
                case "value":
                    value = reader.GetString();
                    break;
                case "isSecret":
                    isSecret = reader.GetBoolean();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return isSecret
            ? throw new JsonException("A secret mail parameter is never read from JSON.")
            : new MailParameter(name ?? throw new JsonException("A mail parameter has a name."), value ?? string.Empty);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MailParameter value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteString("value", value.IsSecret ? "***" : value.Value);
        writer.WriteBoolean("isSecret", value.IsSecret);
        writer.WriteEndObject();
    }
}
