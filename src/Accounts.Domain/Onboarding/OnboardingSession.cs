using Accounts.Secrets;

namespace Accounts.Onboarding;

/// <summary>
/// An authenticated applicant: the session token the host keeps (a cookie) and passes to every
/// further step, and the application as it stands.
/// </summary>
/// <param name="Token">The session token; returned once, stored only as a hash. It ends after the policy's idle time without a step.</param>
/// <param name="Application">The application.</param>
public sealed record OnboardingSession(RevealedSecret Token, OnboardingView Application);
