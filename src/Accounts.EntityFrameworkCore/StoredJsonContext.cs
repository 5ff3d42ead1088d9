using System.Text.Json.Serialization;

namespace Accounts.EntityFrameworkCore;

/// <summary>Source-generated JSON for the stored lists: no reflection at run time.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(StoredParameter[]))]
[JsonSerializable(typeof(Accounts.Onboarding.OnboardingForm))]
[JsonSerializable(typeof(StoredChangeRequest))]
[JsonSerializable(typeof(StoredHistoryEvent[]))]
[JsonSerializable(typeof(Accounts.Registration.PreRegisteredCompany))]
[JsonSerializable(typeof(Accounts.Registration.PreRegisteredPerson[]))]
internal sealed partial class StoredJsonContext : JsonSerializerContext;
