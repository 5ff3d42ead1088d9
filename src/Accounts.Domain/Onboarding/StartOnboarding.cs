namespace Accounts.Onboarding;

/// <summary>Step 1 of onboarding: the applicant's e-mail address, twice.</summary>
public sealed record StartOnboarding
{
    /// <summary>The address the registration link and password are mailed to.</summary>
    public string? Email { get; init; }

    /// <summary>The address again; it must match.</summary>
    public string? EmailConfirmation { get; init; }

    /// <summary>The language of the applicant's mail; the portal's default when left out.</summary>
    public string? Language { get; init; }
}
