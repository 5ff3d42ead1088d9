using System.Collections.Immutable;
using NodaTime;

namespace Accounts.Registration;

/// <summary>The reconciliation a cutover run ends with: what it issued, what earlier runs had issued, and what was refused.</summary>
public sealed record CutoverReport
{
    /// <summary>Organizations this run issued.</summary>
    public required int IssuedOrganizations { get; init; }

    /// <summary>Personal accounts this run issued, each with one activation mail queued.</summary>
    public required int IssuedPeople { get; init; }

    /// <summary>Organizations earlier runs had issued: skipped, never issued twice.</summary>
    public required int AlreadyIssuedOrganizations { get; init; }

    /// <summary>Personal accounts earlier runs had issued: skipped, never issued twice.</summary>
    public required int AlreadyIssuedPeople { get; init; }

    /// <summary>Companies and entries that got no account, with the reason.</summary>
    public required ImmutableArray<CutoverRefusal> Refusals { get; init; }

    /// <summary>Logins of the companies' own legacy accounts that pre-registered nothing.</summary>
    public required ImmutableArray<string> WithoutPreRegistration { get; init; }

    /// <summary>When the cutover worked through the last pre-registration.</summary>
    public required Instant CompletedAt { get; init; }
}
