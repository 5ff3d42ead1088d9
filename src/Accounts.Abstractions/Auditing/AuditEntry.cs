using Accounts.Organizations;
using NodaTime;

namespace Accounts.Auditing;

/// <summary>One line of the audit trail: who did what to what, when, and how it ended.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">What, a stable name such as <c>member.invite</c>.</param>
/// <param name="Target">To what: an identifier, or empty.</param>
/// <param name="Outcome">Succeeded, denied or failed.</param>
/// <param name="Code">The error code of a denied or failed action.</param>
/// <param name="OrganizationId">The organization concerned, when there is one.</param>
public sealed record AuditEntry(
    Instant At,
    ActorRef Actor,
    string Action,
    string Target,
    AuditOutcome Outcome,
    string? Code = null,
    OrganizationId? OrganizationId = null)
{
    /// <summary>The position in the trail, given by the store when the entry is written: later entries have larger numbers. 0 before it is written.</summary>
    public long Sequence { get; init; }
}
