using System.Text.Json;
using System.Text.Json.Serialization;

namespace Accounts.Secrets;

/// <summary>
/// Keeps a <see cref="RevealedSecret"/> out of JSON: it is written as <c>"***"</c>, and JSON never
/// becomes one. A host that must send a secret (an initial password to show once) writes
/// <see cref="RevealedSecret.Reveal"/> into its own response on purpose.
/// </summary>
public sealed class RevealedSecretJsonConverter : JsonConverter<RevealedSecret>
{
    /// <inheritdoc />
    public override RevealedSecret Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException("A revealed secret is never read from JSON.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RevealedSecret value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue("***");
    }
}
