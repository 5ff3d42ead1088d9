namespace Accounts.Notifications;

/// <summary>
/// The dispatcher's side of the outbox. Messages are added by the unit of work, with the state
/// change that caused them; dispatchers claim them, send them and mark them.
/// </summary>
/// <remarks>
/// <para>The contract every adapter honours (the conformance kit proves it):</para>
/// <list type="bullet">
/// <item>A claim takes pending messages that are due (no next attempt time, or one at or before
/// the claim's instant) and not leased to anyone else (no lease, or one that has run out),
/// oldest first — in the order they were written — and leases them to the claimant. Several dispatchers may claim at once; a
/// message is leased to one of them at a time.</item>
/// <item>Only the claimant that holds a message's lease can mark it; marking is done once.
/// A late mark by a claimant whose lease was taken over changes nothing and answers
/// <see langword="false"/>.</item>
/// <item>A sent or abandoned message's secret parameter values are erased.</item>
/// </list>
/// </remarks>
public interface IOutbox
{
    /// <summary>Claims due messages for a dispatcher.</summary>
    /// <param name="claim">Who claims, when, for how long, and how many at most.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The claimed messages in the order they were written, each leased to the claimant.</returns>
    ValueTask<IReadOnlyList<OutboxMessage>> ClaimAsync(OutboxClaim claim, CancellationToken cancellationToken);

    /// <summary>Marks a claimed message sent and erases its secret parameter values.</summary>
    /// <param name="id">The message.</param>
    /// <param name="claimant">The claimant holding the lease.</param>
    /// <param name="sentAt">When it was handed to the mail sender.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the message was marked: <see langword="false"/> when the claimant no longer holds it.</returns>
    ValueTask<bool> MarkSentAsync(OutboxMessageId id, string claimant, NodaTime.Instant sentAt, CancellationToken cancellationToken);

    /// <summary>
    /// Marks several claimed messages sent at once and erases their secret parameter values: one
    /// write where the adapter can, so a dispatcher pays one round trip for a batch of mail rather
    /// than one per message. Each message is marked only if the claimant still holds it.
    /// </summary>
    /// <remarks>The default marks the messages one by one; database adapters replace it with one statement.</remarks>
    /// <param name="ids">The messages.</param>
    /// <param name="claimant">The claimant holding the leases.</param>
    /// <param name="sentAt">When they were handed to the mail sender.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were marked: those the claimant still held and had not marked before.</returns>
    async ValueTask<int> MarkSentAsync(IReadOnlyCollection<OutboxMessageId> ids, string claimant, NodaTime.Instant sentAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var marked = 0;
        foreach (var id in ids)
        {
            marked += await MarkSentAsync(id, claimant, sentAt, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return marked;
    }

    /// <summary>Records a failed attempt of a claimed message and releases it: it is tried again at <see cref="OutboxFailure.RetryAt"/>, or abandoned when that is <see langword="null"/>.</summary>
    /// <param name="id">The message.</param>
    /// <param name="claimant">The claimant holding the lease.</param>
    /// <param name="failure">When, why, and when to try again.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the message was marked: <see langword="false"/> when the claimant no longer holds it.</returns>
    ValueTask<bool> MarkFailedAsync(OutboxMessageId id, string claimant, OutboxFailure failure, CancellationToken cancellationToken);

    /// <summary>How much mail waits: the number of pending messages and when the first of them was written.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken);
}
