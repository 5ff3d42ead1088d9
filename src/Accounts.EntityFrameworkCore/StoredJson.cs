using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;

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

    public static string Company(Registration.PreRegisteredCompany company) => JsonSerializer.Serialize(company, Context.PreRegisteredCompany);

    public static Registration.PreRegisteredCompany Company(string json) => JsonSerializer.Deserialize(json, Context.PreRegisteredCompany) ?? new Registration.PreRegisteredCompany();

    public static string People(ImmutableArray<Registration.PreRegisteredPerson> people) =>
        JsonSerializer.Serialize(people.IsDefault ? [] : people.ToArray(), Context.PreRegisteredPersonArray);

    public static ImmutableArray<Registration.PreRegisteredPerson> People(string json) =>
        [.. JsonSerializer.Deserialize(json, Context.PreRegisteredPersonArray) ?? []];

    public static string? Change(ServiceApplications.ChangeRequest? change) =>
        change is null ? null : JsonSerializer.Serialize(
            new StoredChangeRequest([.. change.Items.Select(static i => new StoredChangeItem(i.Kind.ToString(), i.Direction.ToString(), i.Name))], change.CertificateCount, change.Reason, LocalDatePattern.Iso.Format(change.DesiredStartDate)),
            Context.StoredChangeRequest);

    public static ServiceApplications.ChangeRequest? Change(string? json) =>
        json is null || JsonSerializer.Deserialize(json, Context.StoredChangeRequest) is not { } stored ? null : new ServiceApplications.ChangeRequest
        {
            Items = [.. stored.Items.Select(static i => new ServiceApplications.ChangeItem(Enum.Parse<ServiceApplications.ChangeItemKind>(i.Kind), Enum.Parse<ServiceApplications.ChangeDirection>(i.Direction), i.Name))],
            CertificateCount = stored.CertificateCount,
            Reason = stored.Reason,
            DesiredStartDate = LocalDatePattern.Iso.Parse(stored.DesiredStartDate).Value,
        };

    public static string History(ImmutableArray<ServiceApplications.ServiceApplicationEvent> history) =>
        JsonSerializer.Serialize([.. history.Select(static e => new StoredHistoryEvent(InstantPattern.ExtendedIso.Format(e.At), e.Status.ToString(), e.Note))], Context.StoredHistoryEventArray);

    public static ImmutableArray<ServiceApplications.ServiceApplicationEvent> History(string? json) =>
        json is null ? [] : [.. (JsonSerializer.Deserialize(json, Context.StoredHistoryEventArray) ?? []).Select(static e =>
            new ServiceApplications.ServiceApplicationEvent(InstantPattern.ExtendedIso.Parse(e.At).Value, Enum.Parse<ServiceApplications.ServiceApplicationStatus>(e.Status), e.Note))];

    public static string Parameters(StoredParameter[] parameters) =>
        JsonSerializer.Serialize(parameters, Context.StoredParameterArray);

    public static StoredParameter[] Parameters(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize(json, Context.StoredParameterArray) ?? [];
}
