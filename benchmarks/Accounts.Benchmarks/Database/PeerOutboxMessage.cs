namespace Accounts.Benchmarks.Database;

/// <summary>A row of the hand-written outbox a team would otherwise keep: what to send, and when it was sent.</summary>
internal sealed class PeerOutboxMessage
{
    public long Id { get; set; }

    public required string Recipient { get; set; }

    public required string Template { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }
}
