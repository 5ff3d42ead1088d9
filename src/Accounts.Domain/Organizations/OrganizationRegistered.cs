using Accounts.Members;
using Accounts.Secrets;
using NodaTime;

namespace Accounts.Organizations;

/// <summary>A registered organization and its first administrator.</summary>
/// <param name="OrganizationId">The organization.</param>
/// <param name="Code">The code the portal issued.</param>
/// <param name="AdministratorId">The first administrator's account.</param>
/// <param name="InvitationExpiresAt">When the administrator's invitation expires, for <see cref="AdministratorProvisioning.Invitation"/>.</param>
/// <param name="InitialPassword">The initial password, for <see cref="AdministratorProvisioning.InitialPassword"/>: returned once, never stored in clear.</param>
/// <param name="AdministratorUserId">The user ID the administrator signs in with, on a portal that issues them (NEXI's administrator Web user ID); otherwise <see langword="null"/>.</param>
public sealed record OrganizationRegistered(
    OrganizationId OrganizationId,
    OrganizationCode Code,
    MemberId AdministratorId,
    Instant? InvitationExpiresAt,
    RevealedSecret? InitialPassword,
    string? AdministratorUserId = null);
