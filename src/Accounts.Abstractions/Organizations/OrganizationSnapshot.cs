using Accounts.Members;
using Accounts.Storage;
using NodaTime;

namespace Accounts.Organizations;

/// <summary>The stored state of an organization aggregate, as a store loads and saves it.</summary>
/// <remarks>
/// Snapshots are immutable; a store may keep the instance it was given. <see cref="Version"/>
/// is the version the snapshot was read at (0 for an organization not yet saved); the store
/// refuses a save whose version is not the stored one.
/// </remarks>
public sealed record OrganizationSnapshot : IAggregateSnapshot<OrganizationSnapshot>
{
    /// <summary>One organization per portal-issued code.</summary>
    public static UniqueKey<OrganizationSnapshot> CodeKey { get; } = new("organization.code", static o => o.Code.Value);

    /// <summary>The units registered under a head office, ordered by code.</summary>
    public static GroupIndex<OrganizationSnapshot> UnitsByHeadOffice { get; } = new("organization.head_office", static o => o.HeadOfficeId?.Value, static o => o.Code.Value);

    /// <summary>The <c>organization</c> aggregate.</summary>
    public static AggregateType<OrganizationSnapshot> Aggregate { get; } = new(
        "organization",
        static o => o.Id.Value,
        static (o, version) => o with { Version = version },
        [CodeKey],
        [UnitsByHeadOffice]);

    /// <summary>The identifier.</summary>
    public required OrganizationId Id { get; init; }

    /// <summary>The portal-issued code, unique across the portal.</summary>
    public required OrganizationCode Code { get; init; }

    /// <summary>Head office or unit.</summary>
    public required OrganizationKind Kind { get; init; }

    /// <summary>The head office of a unit; <see langword="null"/> for a head office.</summary>
    public OrganizationId? HeadOfficeId { get; init; }

    /// <summary>The industry classification code, for example <c>non_life_insurer</c>.</summary>
    public required string Industry { get; init; }

    /// <summary>Company or financial institution.</summary>
    public required OrganizationCategory Category { get; init; }

    /// <summary>The referring bank (紹介元金融機関名), if any.</summary>
    public string? ReferringBankName { get; init; }

    /// <summary>The validated, normalized profile.</summary>
    public required OrganizationProfile Profile { get; init; }

    /// <summary>The organization's manager (管理責任者), who receives application notices.</summary>
    public Contact? Manager { get; init; }

    /// <summary>Whether sign-in needs a one-time password for this organization's accounts.</summary>
    public bool RequiresOneTimePassword { get; init; }

    /// <summary>The seats its accounts occupy, by type.</summary>
    public SeatCounts Seats { get; init; }

    /// <summary>When it was registered.</summary>
    public required Instant RegisteredAt { get; init; }

    /// <summary>The version this snapshot was read at; 0 for a new organization.</summary>
    public long Version { get; init; }
}
