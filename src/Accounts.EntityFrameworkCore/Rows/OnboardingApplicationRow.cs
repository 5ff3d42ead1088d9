namespace Accounts.EntityFrameworkCore.Rows;

/// <summary>One onboarding application: its state and deadlines in columns, the forms as JSON text.</summary>
internal sealed class OnboardingApplicationRow : IAggregateRow
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public string Email { get; set; } = string.Empty;

    public string Language { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string? Kind { get; set; }

    public string? Form { get; set; }

    public string? SubmittedForm { get; set; }

    public string LinkTokenHash { get; set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;

    public DateTime SentAt { get; set; }

    public DateTime LinkExpiresAt { get; set; }

    public int FailedAttempts { get; set; }

    public string? SessionTokenHash { get; set; }

    public DateTime? SessionExpiresAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public DateTime? PrintedFormExpiresAt { get; set; }

    public DateTime? ReceivedAt { get; set; }

    public DateOnly? ExpectedDeliveryDate { get; set; }

    public string? ResumeTokenHash { get; set; }

    public DateTime? ResumeExpiresAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public Guid? OrganizationId { get; set; }

    public Guid? AdministratorId { get; set; }

    public DateTime? NextTimerAt { get; set; }

    public Guid? TimerGroup { get; set; }

    public string TimerKey { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }
}
