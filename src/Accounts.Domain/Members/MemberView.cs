using Accounts.Organizations;
using NodaTime;

namespace Accounts.Members;

/// <summary>An account as an administrator sees it in the member list.</summary>
/// <param name="Id">The account.</param>
/// <param name="OrganizationId">The organization.</param>
/// <param name="Email">The address.</param>
/// <param name="DisplayName">The name.</param>
/// <param name="Type">The type.</param>
/// <param name="Status">Invited, active or disabled.</param>
/// <param name="InvitationExpiresAt">When a pending invitation expires.</param>
/// <param name="InvitationExpired">Whether a pending invitation has expired; it keeps its seat until resent or revoked.</param>
/// <param name="UserId">The user ID the person signs in with, on a portal that issues them.</param>
public sealed record MemberView(
    MemberId Id,
    OrganizationId OrganizationId,
    string Email,
    string DisplayName,
    MemberType Type,
    MemberStatus Status,
    Instant? InvitationExpiresAt,
    bool InvitationExpired,
    string? UserId = null)
{
    /// <summary>Describes a stored account at an instant.</summary>
    /// <param name="account">The stored account.</param>
    /// <param name="now">The current instant.</param>
    public static MemberView Of(MemberSnapshot account, Instant now)
    {
        ArgumentNullException.ThrowIfNull(account);
        var expiresAt = account.Invitation?.ExpiresAt;
        return new MemberView(account.Id, account.OrganizationId, account.Email, account.DisplayName, account.Type, account.Status, expiresAt, expiresAt <= now, account.UserId);
    }
}
