using Accounts.Members;
using Accounts.Organizations;
using Accounts.Secrets;

namespace Accounts.Onboarding;

/// <summary>A completed application: what the operator prints and posts to the applicant.</summary>
/// <param name="Application">The application, completed.</param>
/// <param name="OrganizationId">The organization registered, or the one a web-user application named.</param>
/// <param name="OrganizationCode">Its portal-issued code.</param>
/// <param name="AdministratorId">The administrator's account; its first sign-in must change the password.</param>
/// <param name="InitialPassword">The administrator's initial password: returned once, for the posted letter; never stored in clear.</param>
/// <param name="AdministratorUserId">The user ID the administrator signs in with, for the same letter, on a portal that issues them; otherwise <see langword="null"/>.</param>
public sealed record OnboardingCompleted(
    OnboardingView Application,
    OrganizationId OrganizationId,
    OrganizationCode OrganizationCode,
    MemberId AdministratorId,
    RevealedSecret InitialPassword,
    string? AdministratorUserId = null);
