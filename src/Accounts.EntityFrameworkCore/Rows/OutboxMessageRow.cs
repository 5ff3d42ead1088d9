namespace Accounts.EntityFrameworkCore.Rows;

/// <summary>One outbox message. Secret parameter values sit in their own column, emptied when the message is sent or abandoned.</summary>
internal sealed class OutboxMessageRow
{
    /// <summary>The order written; claims take messages in this order.</summary>
    public long Sequence { get; set; }

    public Guid Id { get; set; }

    public string Template { get; set; } = string.Empty;

    public string Recipients { get; set; } = "[]";

    public string Language { get; set; } = string.Empty;

    public string Parameters { get; set; } = "[]";

    public string? Secrets { get; set; }

    public DateTime CreatedAt { get; set; }

    public string Status { get; set; } = string.Empty;

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime? SentAt { get; set; }

    public DateTime? NextAttemptAt { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimExpiresAt { get; set; }
}
