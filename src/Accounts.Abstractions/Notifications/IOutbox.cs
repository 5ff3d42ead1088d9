using NodaTime;

namespace Accounts.Notifications;

/// <summary>The dispatcher's side of the outbox. Messages are added by the unit of work, with the state change that caused them.</summary>
public interface IOutbox
{
    /// <summary>Lists pending messages, oldest first.</summary>
    /// <param name="maxCount">The most messages to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<IReadOnlyList<OutboxMessage>> ListPendingAsync(int maxCount, CancellationToken cancellationToken);

    /// <summary>Marks a message sent and erases its secret parameter values.</summary>
    /// <param name="id">The message.</param>
    /// <param name="sentAt">When it was handed to the mail sender.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask MarkSentAsync(OutboxMessageId id, Instant sentAt, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt; the message stays pending unless <paramref name="abandon"/> is set.</summary>
    /// <param name="id">The message.</param>
    /// <param name="failedAt">When the attempt failed.</param>
    /// <param name="reason">Why, without secrets.</param>
    /// <param name="abandon">Whether to stop trying; secret parameter values are then erased as well.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask MarkFailedAsync(OutboxMessageId id, Instant failedAt, string reason, bool abandon, CancellationToken cancellationToken);
}
