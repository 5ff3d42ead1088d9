using Accounts.Organizations;

namespace Accounts.Registration;

/// <summary>A legacy shared account that may sign in today.</summary>
/// <param name="LegacyAccountId">The account.</param>
/// <param name="CompanyName">The company.</param>
/// <param name="Phase">Where the campaign stands.</param>
/// <param name="MayPreRegister">Whether the account may submit or change its company's pre-registration now: inside the window, and only a company's own account.</param>
/// <param name="OrganizationId">The organization the cutover issues for the company: what the legacy account's data belongs to.</param>
public sealed record LegacySignIn(LegacyAccountId LegacyAccountId, string CompanyName, CampaignPhase Phase, bool MayPreRegister, OrganizationId OrganizationId);
