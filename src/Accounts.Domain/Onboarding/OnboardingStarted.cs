using NodaTime;

namespace Accounts.Onboarding;

/// <summary>An application whose registration link and password are on their way. Says nothing about any account.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="LinkExpiresAt">When the link and the password stop working.</param>
public sealed record OnboardingStarted(OnboardingApplicationId ApplicationId, Instant LinkExpiresAt);
