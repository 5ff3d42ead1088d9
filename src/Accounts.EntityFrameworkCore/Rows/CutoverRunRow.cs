namespace Accounts.EntityFrameworkCore.Rows;

/// <summary>The checkpoint of a campaign's cutover.</summary>
internal sealed class CutoverRunRow : IAggregateRow
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public int Processed { get; set; }

    public int IssuedOrganizations { get; set; }

    public int IssuedPeople { get; set; }

    public string TakenAddresses { get; set; } = "[]";

    public DateTime StartedAt { get; set; }

    public DateTime? CompletedAt { get; set; }
}
