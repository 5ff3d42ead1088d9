using System.Text.Json.Serialization;

namespace Accounts.EntityFrameworkCore;

/// <summary>A mail parameter as a row keeps it in JSON; a secret one without its value, which sits in its own column.</summary>
/// <param name="Name">The name.</param>
/// <param name="Value">The value; <see langword="null"/> for a secret.</param>
/// <param name="Secret">Whether the value is secret; left out when not.</param>
internal sealed record StoredParameter(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Value,
    [property: JsonPropertyName("secret"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Secret = false);
