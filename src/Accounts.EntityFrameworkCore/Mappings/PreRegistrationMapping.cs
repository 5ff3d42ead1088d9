using Accounts.EntityFrameworkCore.Rows;
using Accounts.Registration;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Accounts.EntityFrameworkCore.Mappings;

/// <summary>Pre-registrations: one row per company, the legacy account unique; company and people as JSON text.</summary>
internal sealed class PreRegistrationMapping : AggregateMapping<PreRegistrationSnapshot, PreRegistrationRow>
{
    private static readonly Guid Everyone = PreRegistrationSnapshot.EveryPreRegistration;

    public static PreRegistrationMapping Instance { get; } = new();

    private PreRegistrationMapping()
    {
        MapKey(PreRegistrationSnapshot.LegacyAccountKey, "pre_registrations_legacy_account", row => row.LegacyAccountKey);

        // One group holds every pre-registration: the constant compares true for every row.
        MapGroup(PreRegistrationSnapshot.All, row => Everyone, row => row.LegacyAccountKey);
    }

    public override string TableName => "pre_registrations";

    public override PreRegistrationRow ToRow(PreRegistrationSnapshot snapshot, long version) => new()
    {
        Id = snapshot.Id.Value,
        Version = version,
        LegacyAccountKey = snapshot.LegacyAccountId.ToString(),
        Company = StoredJson.Company(snapshot.Company),
        People = StoredJson.People(snapshot.People),
        SubmittedAt = Timestamps.ToColumn(snapshot.SubmittedAt),
        UpdatedAt = Timestamps.ToColumn(snapshot.UpdatedAt),
    };

    public override PreRegistrationSnapshot ToSnapshot(PreRegistrationRow row) => new()
    {
        Id = new PreRegistrationId(row.Id),
        Version = row.Version,
        LegacyAccountId = LegacyAccountId.Parse(row.LegacyAccountKey, null),
        Company = StoredJson.Company(row.Company),
        People = StoredJson.People(row.People),
        SubmittedAt = Timestamps.FromColumn(row.SubmittedAt),
        UpdatedAt = Timestamps.FromColumn(row.UpdatedAt),
    };

    protected override void Configure(EntityTypeBuilder<PreRegistrationRow> entity, string prefix) =>
        entity.Property(row => row.LegacyAccountKey).HasMaxLength(40);
}
