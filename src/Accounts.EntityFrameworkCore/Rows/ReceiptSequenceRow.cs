namespace Accounts.EntityFrameworkCore.Rows;

/// <summary>One receipt-number series and the last number drawn from it.</summary>
internal sealed class ReceiptSequenceRow : IAggregateRow
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public string Series { get; set; } = string.Empty;

    public int Last { get; set; }
}
