using System.Text.Json;
using System.Text.Json.Serialization;
using Accounts.Organizations;

namespace Accounts.Serialization;

/// <summary>Writes an <see cref="OrganizationCode"/> as its text and reads it back, refusing a malformed code.</summary>
public sealed class OrganizationCodeJsonConverter : JsonConverter<OrganizationCode>
{
    /// <inheritdoc />
    public override OrganizationCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.GetString() is { } text && OrganizationCode.IsValid(text)
            ? OrganizationCode.From(text)
            : throw new JsonException("Expected an organization code as a string.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, OrganizationCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
