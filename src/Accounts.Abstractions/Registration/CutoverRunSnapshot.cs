using System.Collections.Immutable;
using Accounts.Storage;
using NodaTime;

namespace Accounts.Registration;

/// <summary>
/// The checkpoint of a campaign's cutover: how far through the pre-registrations it got. Each batch
/// of issued accounts commits together with this row, so after a crash the next run starts exactly
/// where the last committed batch ended, and two runs at once cannot both commit the same batch.
/// </summary>
public sealed record CutoverRunSnapshot : IAggregateSnapshot<CutoverRunSnapshot>
{
    /// <summary>The <c>cutover_run</c> aggregate.</summary>
    public static AggregateType<CutoverRunSnapshot> Aggregate { get; } = new(
        "cutover_run",
        static r => r.Id,
        static (r, version) => r with { Version = version },
        [],
        []);

    /// <summary>The identifier, derived from the cutover day.</summary>
    public required Guid Id { get; init; }

    /// <summary>The pre-registrations worked through, in the order of <see cref="PreRegistrationSnapshot.All"/>.</summary>
    public int Processed { get; init; }

    /// <summary>The organizations issued so far.</summary>
    public int IssuedOrganizations { get; init; }

    /// <summary>The personal accounts issued so far.</summary>
    public int IssuedPeople { get; init; }

    /// <summary>Addresses refused because an account outside the cutover already held them when their batch committed.</summary>
    public ImmutableArray<string> TakenAddresses { get; init; } = [];

    /// <summary>When the first run started.</summary>
    public required Instant StartedAt { get; init; }

    /// <summary>When a run worked through the last pre-registration; <see langword="null"/> before.</summary>
    public Instant? CompletedAt { get; init; }

    /// <inheritdoc />
    public long Version { get; init; }
}
