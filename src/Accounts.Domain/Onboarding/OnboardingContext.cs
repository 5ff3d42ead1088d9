using NodaTime;

namespace Accounts.Onboarding;

/// <summary>What the onboarding table's guards look at.</summary>
/// <param name="Now">The instant of the call.</param>
/// <param name="Application">The application as read; <see langword="null"/> before it exists.</param>
/// <param name="TermsAgreed">Whether the applicant agreed to the terms of use.</param>
public readonly record struct OnboardingContext(Instant Now, OnboardingApplicationSnapshot? Application, bool TermsAgreed = false);
