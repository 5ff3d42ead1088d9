using Accounts.Members;
using Accounts.Organizations;
using Accounts.Storage;
using NodaTime;

namespace Accounts.Onboarding;

/// <summary>The stored state of an onboarding application, as a store loads and saves it.</summary>
/// <remarks>
/// Secrets (the registration link, the registration password, the session and the resume
/// link) are stored only as hashes. <see cref="NextTimerAt"/> is when the system next acts on
/// the application on its own (a link expiring, idle input discarded, the printed form lapsing).
/// </remarks>
public sealed record OnboardingApplicationSnapshot : IAggregateSnapshot<OnboardingApplicationSnapshot>
{
    /// <summary>The one group that holds every application with a timer running, so a sweep lists them by due time.</summary>
    public static Guid TimerGroupId { get; } = new("6f6e6274-696d-6572-7300-000000000001");

    /// <summary>The applications with a timer running, ordered by when it runs out.</summary>
    public static GroupIndex<OnboardingApplicationSnapshot> ByNextTimer { get; } = new(
        "onboarding.next_timer",
        static a => a.NextTimerAt is null ? null : TimerGroupId,
        static a => TimerKey(a.NextTimerAt));

    /// <summary>The <c>onboarding_application</c> aggregate.</summary>
    public static AggregateType<OnboardingApplicationSnapshot> Aggregate { get; } = new(
        "onboarding_application",
        static a => a.Id.Value,
        static (a, version) => a with { Version = version },
        [],
        [ByNextTimer]);

    /// <summary>The identifier.</summary>
    public required OnboardingApplicationId Id { get; init; }

    /// <inheritdoc />
    public long Version { get; init; }

    /// <summary>The address the registration link was mailed to; all mail about the application goes there.</summary>
    public required string Email { get; init; }

    /// <summary>The language of the applicant's mail.</summary>
    public required string Language { get; init; }

    /// <summary>Where the application stands.</summary>
    public required OnboardingStatus Status { get; init; }

    /// <summary>The kind chosen after authentication; <see langword="null"/> before.</summary>
    public OnboardingKind? Kind { get; init; }

    /// <summary>The form as last confirmed; <see langword="null"/> before confirmation.</summary>
    public OnboardingForm? Form { get; init; }

    /// <summary>The form as last submitted; what completion registers and a correction starts from.</summary>
    public OnboardingForm? SubmittedForm { get; init; }

    /// <summary>The hash of the registration link's token.</summary>
    public required string LinkTokenHash { get; init; }

    /// <summary>The hash of the registration password.</summary>
    public required string PasswordHash { get; init; }

    /// <summary>When the registration link and password were mailed.</summary>
    public required Instant SentAt { get; init; }

    /// <summary>When the registration link stops working unless the application was submitted.</summary>
    public required Instant LinkExpiresAt { get; init; }

    /// <summary>Wrong registration passwords so far.</summary>
    public int FailedAttempts { get; init; }

    /// <summary>The hash of the applicant's session token, while authenticated.</summary>
    public string? SessionTokenHash { get; init; }

    /// <summary>When the session ends if the applicant does nothing.</summary>
    public Instant? SessionExpiresAt { get; init; }

    /// <summary>When the application was last submitted.</summary>
    public Instant? SubmittedAt { get; init; }

    /// <summary>When the printed application form expires unless the operator received it.</summary>
    public Instant? PrintedFormExpiresAt { get; init; }

    /// <summary>When the operator received the printed form.</summary>
    public Instant? ReceivedAt { get; init; }

    /// <summary>The date the administrator's sign-in details are expected to be posted, in business days after receipt.</summary>
    public LocalDate? ExpectedDeliveryDate { get; init; }

    /// <summary>The hash of the resume link's token, while one is outstanding.</summary>
    public string? ResumeTokenHash { get; init; }

    /// <summary>When the resume link stops working.</summary>
    public Instant? ResumeExpiresAt { get; init; }

    /// <summary>When the application was completed.</summary>
    public Instant? CompletedAt { get; init; }

    /// <summary>The organization the application registered or named, once completed.</summary>
    public OrganizationId? OrganizationId { get; init; }

    /// <summary>The administrator the application created, once completed.</summary>
    public MemberId? AdministratorId { get; init; }

    /// <summary>When the system next acts on the application on its own; <see langword="null"/> when no timer runs.</summary>
    public Instant? NextTimerAt { get; init; }

    /// <summary>When the application was started.</summary>
    public required Instant CreatedAt { get; init; }

    /// <summary>The sort key of a timer: fixed-width ISO 8601 in UTC, so ordinal order is time order.</summary>
    /// <param name="at">The instant.</param>
    public static string TimerKey(Instant? at) => at is { } value ? InstantSortKey.Format(value) : string.Empty;
}
