using Accounts.Organizations;
using NodaTime;

namespace Accounts.Members;

/// <summary>An invitation that was written to the outbox. The token travels only in the mail.</summary>
/// <param name="MemberId">The invited account.</param>
/// <param name="OrganizationId">The organization.</param>
/// <param name="Email">The normalized address.</param>
/// <param name="Type">The member type.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
/// <param name="UserId">The user ID the person will sign in with, on a portal that issues them; the mail tells it too.</param>
public sealed record InvitationSent(MemberId MemberId, OrganizationId OrganizationId, string Email, MemberType Type, Instant ExpiresAt, string? UserId = null);
