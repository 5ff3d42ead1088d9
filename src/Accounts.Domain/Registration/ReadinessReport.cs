using System.Collections.Immutable;

namespace Accounts.Registration;

/// <summary>
/// What the cutover would do if it ran now (a dry run): it changes nothing, and a run over the same
/// data issues exactly these organizations and people and refuses exactly these entries.
/// </summary>
public sealed record ReadinessReport
{
    /// <summary>Where the campaign stands.</summary>
    public required CampaignPhase Phase { get; init; }

    /// <summary>Pre-registrations submitted.</summary>
    public required int PreRegistrations { get; init; }

    /// <summary>Organizations the run would issue (not counting those an earlier run issued).</summary>
    public required int OrganizationsToIssue { get; init; }

    /// <summary>Personal accounts the run would issue, each with one activation mail.</summary>
    public required int PeopleToIssue { get; init; }

    /// <summary>Organizations an earlier, interrupted run already issued.</summary>
    public int AlreadyIssuedOrganizations { get; init; }

    /// <summary>Personal accounts an earlier, interrupted run already issued.</summary>
    public int AlreadyIssuedPeople { get; init; }

    /// <summary>Companies and entries that get no account, with the reason.</summary>
    public required ImmutableArray<CutoverRefusal> Refusals { get; init; }

    /// <summary>Entries issued with advice: free-mail and shared addresses.</summary>
    public required ImmutableArray<CutoverWarning> Warnings { get; init; }

    /// <summary>
    /// Logins of the companies' own legacy accounts that pre-registered nothing: those companies
    /// register through the normal path after cutover.
    /// </summary>
    public required ImmutableArray<string> WithoutPreRegistration { get; init; }
}
