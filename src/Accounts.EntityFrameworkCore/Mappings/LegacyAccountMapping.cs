using Accounts.EntityFrameworkCore.Rows;
using Accounts.Registration;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Accounts.EntityFrameworkCore.Mappings;

/// <summary>Legacy shared accounts: one row each, the login unique.</summary>
internal sealed class LegacyAccountMapping : AggregateMapping<LegacyAccountSnapshot, LegacyAccountRow>
{
    private static readonly Guid Everyone = LegacyAccountSnapshot.EveryAccount;

    public static LegacyAccountMapping Instance { get; } = new();

    private LegacyAccountMapping()
    {
        MapKey(LegacyAccountSnapshot.LoginKey, "legacy_accounts_login", row => row.LoginId);

        // One group holds every account: the constant compares true for every row.
        MapGroup(LegacyAccountSnapshot.All, row => Everyone, row => row.LoginId);
    }

    public override string TableName => "legacy_accounts";

    public override LegacyAccountRow ToRow(LegacyAccountSnapshot snapshot, long version) => new()
    {
        Id = snapshot.Id.Value,
        Version = version,
        LoginId = snapshot.LoginId,
        CompanyName = snapshot.CompanyName,
        GrantedBy = snapshot.GrantedBy?.Value,
        ImportedAt = Timestamps.ToColumn(snapshot.ImportedAt),
    };

    public override LegacyAccountSnapshot ToSnapshot(LegacyAccountRow row) => new()
    {
        Id = new LegacyAccountId(row.Id),
        Version = row.Version,
        LoginId = row.LoginId,
        CompanyName = row.CompanyName,
        GrantedBy = row.GrantedBy is { } granter ? new LegacyAccountId(granter) : null,
        ImportedAt = Timestamps.FromColumn(row.ImportedAt),
    };

    protected override void Configure(EntityTypeBuilder<LegacyAccountRow> entity, string prefix)
    {
        entity.Property(row => row.LoginId).HasMaxLength(100);
        entity.Property(row => row.CompanyName).HasMaxLength(200);
    }
}
