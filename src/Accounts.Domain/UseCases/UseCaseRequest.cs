using Accounts.Auditing;
using Accounts.Organizations;

namespace Accounts.UseCases;

/// <summary>The fixed part of one use case call: who acts, what the audit trail calls the action, what it is about, and how conflicts are retried.</summary>
/// <param name="Actor">Who acts, as first known; a use case may learn more (an anonymous person proving an account).</param>
/// <param name="Action">The audit action, for example <c>member.invite</c>.</param>
/// <param name="Target">What the action is about, as first known; never raw input.</param>
/// <param name="OrganizationId">The organization concerned, when known up front.</param>
/// <param name="Retry">What a commit conflict leads to.</param>
/// <param name="Bulk">Whether the writes go through the bulk write path (a cutover batch).</param>
internal readonly record struct UseCaseRequest(ActorRef Actor, string Action, string Target, OrganizationId? OrganizationId = null, RetryMode Retry = RetryMode.OnConflict, bool Bulk = false);
