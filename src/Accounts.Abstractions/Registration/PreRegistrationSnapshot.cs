using System.Collections.Immutable;
using Accounts.Storage;
using NodaTime;

namespace Accounts.Registration;

/// <summary>
/// What a company pre-registered for the cutover (事前登録): its company information and its people.
/// One per legacy account; stored as given, so that a person can come back and correct an entry
/// the readiness report refuses.
/// </summary>
public sealed record PreRegistrationSnapshot : IAggregateSnapshot<PreRegistrationSnapshot>
{
    /// <summary>The group every pre-registration is listed in.</summary>
    public static Guid EveryPreRegistration { get; } = new("70726567-0000-4000-8000-000000000001");

    /// <summary>The legacy account that pre-registered: one pre-registration each.</summary>
    public static UniqueKey<PreRegistrationSnapshot> LegacyAccountKey { get; } = new("pre_registration.legacy_account", static p => p.LegacyAccountId.ToString());

    /// <summary>Every pre-registration (group <see cref="EveryPreRegistration"/>), in the order the cutover works through them.</summary>
    public static GroupIndex<PreRegistrationSnapshot> All { get; } = new("pre_registration.all", static _ => EveryPreRegistration, static p => p.LegacyAccountId.ToString());

    /// <summary>The <c>pre_registration</c> aggregate.</summary>
    public static AggregateType<PreRegistrationSnapshot> Aggregate { get; } = new(
        "pre_registration",
        static p => p.Id.Value,
        static (p, version) => p with { Version = version },
        [LegacyAccountKey],
        [All]);

    /// <summary>The identifier.</summary>
    public required PreRegistrationId Id { get; init; }

    /// <summary>The company's legacy account, which submitted it.</summary>
    public required LegacyAccountId LegacyAccountId { get; init; }

    /// <summary>The company information the organization is registered with at cutover.</summary>
    public required PreRegisteredCompany Company { get; init; }

    /// <summary>The people, in the order they were entered.</summary>
    public required ImmutableArray<PreRegisteredPerson> People { get; init; }

    /// <summary>When it was first submitted.</summary>
    public required Instant SubmittedAt { get; init; }

    /// <summary>When it was last changed.</summary>
    public required Instant UpdatedAt { get; init; }

    /// <inheritdoc />
    public long Version { get; init; }
}
