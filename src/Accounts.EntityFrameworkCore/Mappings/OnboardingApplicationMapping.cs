using Accounts.EntityFrameworkCore.Rows;
using Accounts.Members;
using Accounts.Onboarding;
using Accounts.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace Accounts.EntityFrameworkCore.Mappings;

/// <summary>Onboarding applications: one row each; the timer's due instant indexed so a sweep reads the due ones first.</summary>
internal sealed class OnboardingApplicationMapping : AggregateMapping<OnboardingApplicationSnapshot, OnboardingApplicationRow>
{
    private const int HashLength = 128;

    public static OnboardingApplicationMapping Instance { get; } = new();

    private OnboardingApplicationMapping() =>
        MapGroup(OnboardingApplicationSnapshot.ByNextTimer, row => row.TimerGroup, row => row.TimerKey);

    public override string TableName => "onboarding_applications";

    public override OnboardingApplicationRow ToRow(OnboardingApplicationSnapshot snapshot, long version)
    {
        // The row keeps what the database keeps: the sort key is computed from the stored instant.
        var nextTimer = Timestamps.ToColumn(snapshot.NextTimerAt);
        return new OnboardingApplicationRow
        {
            Id = snapshot.Id.Value,
            Version = version,
            Email = snapshot.Email,
            Language = snapshot.Language,
            Status = snapshot.Status.ToString(),
            Kind = snapshot.Kind?.ToString(),
            Form = StoredJson.Form(snapshot.Form),
            SubmittedForm = StoredJson.Form(snapshot.SubmittedForm),
            LinkTokenHash = snapshot.LinkTokenHash,
            PasswordHash = snapshot.PasswordHash,
            SentAt = Timestamps.ToColumn(snapshot.SentAt),
            LinkExpiresAt = Timestamps.ToColumn(snapshot.LinkExpiresAt),
            FailedAttempts = snapshot.FailedAttempts,
            SessionTokenHash = snapshot.SessionTokenHash,
            SessionExpiresAt = Timestamps.ToColumn(snapshot.SessionExpiresAt),
            SubmittedAt = Timestamps.ToColumn(snapshot.SubmittedAt),
            PrintedFormExpiresAt = Timestamps.ToColumn(snapshot.PrintedFormExpiresAt),
            ReceivedAt = Timestamps.ToColumn(snapshot.ReceivedAt),
            ExpectedDeliveryDate = snapshot.ExpectedDeliveryDate?.ToDateOnly(),
            ResumeTokenHash = snapshot.ResumeTokenHash,
            ResumeExpiresAt = Timestamps.ToColumn(snapshot.ResumeExpiresAt),
            CompletedAt = Timestamps.ToColumn(snapshot.CompletedAt),
            OrganizationId = snapshot.OrganizationId?.Value,
            AdministratorId = snapshot.AdministratorId?.Value,
            NextTimerAt = nextTimer,
            TimerGroup = nextTimer is null ? null : OnboardingApplicationSnapshot.TimerGroupId,
            TimerKey = OnboardingApplicationSnapshot.TimerKey(Timestamps.FromColumn(nextTimer)),
            CreatedAt = Timestamps.ToColumn(snapshot.CreatedAt),
        };
    }

    public override OnboardingApplicationSnapshot ToSnapshot(OnboardingApplicationRow row) => new()
    {
        Id = new OnboardingApplicationId(row.Id),
        Version = row.Version,
        Email = row.Email,
        Language = row.Language,
        Status = Enum.Parse<OnboardingStatus>(row.Status),
        Kind = row.Kind is { } kind ? Enum.Parse<OnboardingKind>(kind) : null,
        Form = StoredJson.Form(row.Form),
        SubmittedForm = StoredJson.Form(row.SubmittedForm),
        LinkTokenHash = row.LinkTokenHash,
        PasswordHash = row.PasswordHash,
        SentAt = Timestamps.FromColumn(row.SentAt),
        LinkExpiresAt = Timestamps.FromColumn(row.LinkExpiresAt),
        FailedAttempts = row.FailedAttempts,
        SessionTokenHash = row.SessionTokenHash,
        SessionExpiresAt = Timestamps.FromColumn(row.SessionExpiresAt),
        SubmittedAt = Timestamps.FromColumn(row.SubmittedAt),
        PrintedFormExpiresAt = Timestamps.FromColumn(row.PrintedFormExpiresAt),
        ReceivedAt = Timestamps.FromColumn(row.ReceivedAt),
        ExpectedDeliveryDate = row.ExpectedDeliveryDate is { } date ? LocalDate.FromDateOnly(date) : null,
        ResumeTokenHash = row.ResumeTokenHash,
        ResumeExpiresAt = Timestamps.FromColumn(row.ResumeExpiresAt),
        CompletedAt = Timestamps.FromColumn(row.CompletedAt),
        OrganizationId = row.OrganizationId is { } organization ? new OrganizationId(organization) : null,
        AdministratorId = row.AdministratorId is { } administrator ? new MemberId(administrator) : null,
        NextTimerAt = Timestamps.FromColumn(row.NextTimerAt),
        CreatedAt = Timestamps.FromColumn(row.CreatedAt),
    };

    protected override void Configure(EntityTypeBuilder<OnboardingApplicationRow> entity, string prefix)
    {
        entity.Property(row => row.Email).HasMaxLength(254);
        entity.Property(row => row.Language).HasMaxLength(8);
        entity.Property(row => row.Status).HasMaxLength(32);
        entity.Property(row => row.Kind).HasMaxLength(32);
        entity.Property(row => row.LinkTokenHash).HasMaxLength(HashLength);
        entity.Property(row => row.PasswordHash).HasMaxLength(256);
        entity.Property(row => row.SessionTokenHash).HasMaxLength(HashLength);
        entity.Property(row => row.ResumeTokenHash).HasMaxLength(HashLength);
        entity.Property(row => row.TimerKey).HasMaxLength(40);
        entity.HasIndex(row => new { row.TimerGroup, row.TimerKey }).HasDatabaseName($"ix_{prefix}onboarding_applications_next_timer");
    }
}
