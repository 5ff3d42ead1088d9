using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Accounts.EntityFrameworkCore;

/// <summary>
/// The few nested lists the rows keep as JSON text: the same on every database, and readable in
/// any SQL client — Japanese text is written as itself, not as <c>\uXXXX</c> escapes.
/// </summary>
internal static class StoredJson
{
    // The relaxed encoder only matters for HTML; these values never reach a page from here.
    private static readonly StoredJsonContext Context = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string Strings(ImmutableArray<string> values) =>
        JsonSerializer.Serialize(values.IsDefault ? [] : values.ToArray(), Context.StringArray);

    public static ImmutableArray<string> Strings(string? json) =>
        json is null ? [] : [.. JsonSerializer.Deserialize(json, Context.StringArray) ?? []];

    public static string? Form(Onboarding.OnboardingForm? form) =>
        form is null ? null : JsonSerializer.Serialize(form, Context.OnboardingForm);

    public static Onboarding.OnboardingForm? Form(string? json) =>
        json is null ? null : JsonSerializer.Deserialize(json, Context.OnboardingForm);

    public static string Parameters(StoredParameter[] parameters) =>
        JsonSerializer.Serialize(parameters, Context.StoredParameterArray);

    public static StoredParameter[] Parameters(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize(json, Context.StoredParameterArray) ?? [];
}
