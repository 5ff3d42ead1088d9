namespace Accounts.EntityFrameworkCore.Rows;

/// <summary>One audit entry; its sequence is the database's own growing number.</summary>
internal sealed class AuditEntryRow
{
    public long Sequence { get; set; }

    public DateTime At { get; set; }

    public string ActorKind { get; set; } = string.Empty;

    public string ActorId { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string Target { get; set; } = string.Empty;

    public string Outcome { get; set; } = string.Empty;

    public string? Code { get; set; }

    public Guid? OrganizationId { get; set; }
}
