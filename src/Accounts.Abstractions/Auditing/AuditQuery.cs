using Accounts.Organizations;
using NodaTime;

namespace Accounts.Auditing;

/// <summary>Selects, orders and pages audit entries; every criterion left out matches all.</summary>
public sealed record AuditQuery
{
    /// <summary>The largest page.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Only entries about this organization.</summary>
    public OrganizationId? OrganizationId { get; init; }

    /// <summary>Only entries by this actor.</summary>
    public ActorRef? Actor { get; init; }

    /// <summary>Only entries of this action, for example <c>member.invite</c>.</summary>
    public string? Action { get; init; }

    /// <summary>Only entries about this target.</summary>
    public string? Target { get; init; }

    /// <summary>Only entries at or after this instant.</summary>
    public Instant? From { get; init; }

    /// <summary>Only entries before this instant.</summary>
    public Instant? Until { get; init; }

    /// <summary>Oldest or newest first.</summary>
    public AuditOrder Order { get; init; }

    /// <summary>The cursor: only entries after this sequence in the query's order (the <see cref="AuditPage.NextCursor"/> of the page before).</summary>
    public long? After { get; init; }

    /// <summary>The most entries to return, 1 to <see cref="MaxLimit"/>.</summary>
    public int Limit
    {
        get;
        init => field = value is >= 1 and <= MaxLimit ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"A page holds 1 to {MaxLimit} entries.");
    } = 100;

    /// <summary>Whether an entry meets the criteria (order and cursor aside).</summary>
    /// <param name="entry">The entry.</param>
    public bool Matches(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (OrganizationId is null || entry.OrganizationId == OrganizationId)
            && (Actor is null || entry.Actor == Actor)
            && (Action is null || entry.Action == Action)
            && (Target is null || entry.Target == Target)
            && (From is null || entry.At >= From)
            && (Until is null || entry.At < Until);
    }
}
