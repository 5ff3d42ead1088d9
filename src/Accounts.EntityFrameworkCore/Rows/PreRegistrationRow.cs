namespace Accounts.EntityFrameworkCore.Rows;

/// <summary>A company's pre-registration; the company and the people as JSON, as submitted.</summary>
internal sealed class PreRegistrationRow : IAggregateRow
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public string LegacyAccountKey { get; set; } = string.Empty;

    public string Company { get; set; } = "{}";

    public string People { get; set; } = "[]";

    public DateTime SubmittedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
