using Accounts.Notifications;
using NodaTime;

namespace Accounts.Domain.Tests.Notifications;

/// <summary>An outbox that records how the dispatcher marks mail sent, and passes every call on.</summary>
internal sealed class RecordingOutbox(IOutbox inner) : IOutbox
{
    /// <summary>Each write that marked mail sent: when, and which messages.</summary>
    public List<(Instant At, OutboxMessageId[] Ids)> SentMarks { get; } = [];

    /// <summary>When each message was claimed, by its latest claim.</summary>
    public Dictionary<OutboxMessageId, Instant> ClaimedAt { get; } = [];

    public async ValueTask<IReadOnlyList<OutboxMessage>> ClaimAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        var claimed = await inner.ClaimAsync(claim, cancellationToken);
        foreach (var message in claimed)
        {
            ClaimedAt[message.Id] = claim.Now;
        }

        return claimed;
    }

    public ValueTask<bool> MarkSentAsync(OutboxMessageId id, string claimant, Instant sentAt, CancellationToken cancellationToken)
    {
        SentMarks.Add((sentAt, [id]));
        return inner.MarkSentAsync(id, claimant, sentAt, cancellationToken);
    }

    public ValueTask<int> MarkSentAsync(IReadOnlyCollection<OutboxMessageId> ids, string claimant, Instant sentAt, CancellationToken cancellationToken)
    {
        SentMarks.Add((sentAt, [.. ids]));
        return inner.MarkSentAsync(ids, claimant, sentAt, cancellationToken);
    }

    public ValueTask<bool> MarkFailedAsync(OutboxMessageId id, string claimant, OutboxFailure failure, CancellationToken cancellationToken) =>
        inner.MarkFailedAsync(id, claimant, failure, cancellationToken);

    public ValueTask<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken) => inner.GetBacklogAsync(cancellationToken);
}
