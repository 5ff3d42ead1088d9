namespace Accounts.EntityFrameworkCore.Rows;

/// <summary>A legacy shared account.</summary>
internal sealed class LegacyAccountRow : IAggregateRow
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public string LoginId { get; set; } = string.Empty;

    public string CompanyName { get; set; } = string.Empty;

    public Guid? GrantedBy { get; set; }

    public DateTime ImportedAt { get; set; }
}
