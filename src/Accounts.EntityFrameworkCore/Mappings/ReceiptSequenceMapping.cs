using Accounts.EntityFrameworkCore.Rows;
using Accounts.ServiceApplications;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Accounts.EntityFrameworkCore.Mappings;

/// <summary>Receipt-number series: one row each, its version what keeps the numbers gapless under concurrency.</summary>
internal sealed class ReceiptSequenceMapping : AggregateMapping<ReceiptSequenceSnapshot, ReceiptSequenceRow>
{
    public static ReceiptSequenceMapping Instance { get; } = new();

    private ReceiptSequenceMapping()
    {
    }

    public override string TableName => "receipt_sequences";

    public override ReceiptSequenceRow ToRow(ReceiptSequenceSnapshot snapshot, long version) => new()
    {
        Id = snapshot.Id,
        Version = version,
        Series = snapshot.Series,
        Last = snapshot.Last,
    };

    public override ReceiptSequenceSnapshot ToSnapshot(ReceiptSequenceRow row) => new()
    {
        Id = row.Id,
        Version = row.Version,
        Series = row.Series,
        Last = row.Last,
    };

    protected override void Configure(EntityTypeBuilder<ReceiptSequenceRow> entity, string prefix) =>
        entity.Property(row => row.Series).HasMaxLength(64);
}
