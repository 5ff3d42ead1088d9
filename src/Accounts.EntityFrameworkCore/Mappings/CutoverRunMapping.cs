using Accounts.EntityFrameworkCore.Rows;
using Accounts.Registration;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Accounts.EntityFrameworkCore.Mappings;

/// <summary>Cutover checkpoints: one row per campaign, its version what keeps two runs from committing the same batch.</summary>
internal sealed class CutoverRunMapping : AggregateMapping<CutoverRunSnapshot, CutoverRunRow>
{
    public static CutoverRunMapping Instance { get; } = new();

    private CutoverRunMapping()
    {
    }

    public override string TableName => "cutover_runs";

    public override CutoverRunRow ToRow(CutoverRunSnapshot snapshot, long version) => new()
    {
        Id = snapshot.Id,
        Version = version,
        Processed = snapshot.Processed,
        IssuedOrganizations = snapshot.IssuedOrganizations,
        IssuedPeople = snapshot.IssuedPeople,
        TakenAddresses = StoredJson.Strings(snapshot.TakenAddresses),
        StartedAt = Timestamps.ToColumn(snapshot.StartedAt),
        CompletedAt = Timestamps.ToColumn(snapshot.CompletedAt),
    };

    public override CutoverRunSnapshot ToSnapshot(CutoverRunRow row) => new()
    {
        Id = row.Id,
        Version = row.Version,
        Processed = row.Processed,
        IssuedOrganizations = row.IssuedOrganizations,
        IssuedPeople = row.IssuedPeople,
        TakenAddresses = StoredJson.Strings(row.TakenAddresses),
        StartedAt = Timestamps.FromColumn(row.StartedAt),
        CompletedAt = row.CompletedAt is { } completed ? Timestamps.FromColumn(completed) : null,
    };

    protected override void Configure(EntityTypeBuilder<CutoverRunRow> entity, string prefix)
    {
    }
}
