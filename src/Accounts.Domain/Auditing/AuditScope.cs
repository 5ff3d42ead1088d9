using Accounts.Organizations;
using NodaTime;

namespace Accounts.Auditing;

/// <summary>Who does what to what, when: the fixed part of a use case's audit entry, whatever its outcome.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">What.</param>
/// <param name="Target">To what.</param>
/// <param name="OrganizationId">The organization concerned, once known.</param>
internal readonly record struct AuditScope(Instant At, ActorRef Actor, string Action, string Target, OrganizationId? OrganizationId = null)
{
    public AuditEntry Succeeded() => new(At, Actor, Action, Target, AuditOutcome.Succeeded, null, OrganizationId);
}
