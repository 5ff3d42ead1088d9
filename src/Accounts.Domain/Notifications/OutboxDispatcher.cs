using Accounts.DependencyInjection;
using Accounts.Diagnostics;
using Accounts.Identifiers;
using Accounts.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Accounts.Notifications;

/// <summary>
/// Sends the outbox's pending mail through <see cref="IMailSender"/>.
/// Each run claims due messages under a lease of its own, so several dispatchers may run at
/// once; each message goes out with its identifier as idempotency key; a failed delivery is
/// recorded and tried again later with a growing delay, and after too many it is abandoned for
/// a person to look at. A message that cannot be rendered is abandoned at once with the reason.
/// Nothing is lost, and a sender that honours the key delivers nothing twice.
/// </summary>
public sealed class OutboxDispatcher
{
    private readonly IOutbox _outbox;
    private readonly IMailSender _sender;
    private readonly IClock _clock;
    private readonly ISecretGenerator _secrets;
    private readonly AccountsPolicies _policies;
    private readonly AccountsTelemetry _telemetry;
    private readonly ILogger _logger;

    internal OutboxDispatcher(IOutbox outbox, IMailSender sender, IClock clock, ISecretGenerator secrets, AccountsPolicies policies, AccountsTelemetry? telemetry = null, ILogger? logger = null) =>
        (_outbox, _sender, _clock, _secrets, _policies, _telemetry, _logger) = (outbox, sender, clock, secrets, policies, telemetry ?? AccountsTelemetry.Shared, logger ?? NullLogger.Instance);

    /// <summary>
    /// Reads how much mail waits and how old the oldest is, and reports both to the
    /// <c>accounts.outbox.backlog</c> and <c>accounts.outbox.backlog_age</c> gauges.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async ValueTask<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken = default)
    {
        var backlog = await _outbox.GetBacklogAsync(cancellationToken).ConfigureAwait(false);
        _telemetry.RecordBacklog(backlog, _clock.GetCurrentInstant());
        return backlog;
    }

    /// <summary>Claims due messages, oldest first, and sends them.</summary>
    /// <param name="maxCount">The most messages to send in this run.</param>
    /// <param name="cancellationToken">Stops the run between messages; a message being sent is left to its lease.</param>
    public async ValueTask<DispatchReport> DispatchAsync(int maxCount = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        using var activity = AccountsTelemetry.Source.StartActivity("outbox.dispatch");
        var now = _clock.GetCurrentInstant();
        var claimant = "dispatcher_" + TypedId.New<OutboxMessageId>(_secrets, now).Value.ToString("N");
        var policy = _policies.Outbox;
        var claimed = await _outbox.ClaimAsync(new OutboxClaim(claimant, now, policy.Lease, maxCount), cancellationToken).ConfigureAwait(false);
        var (sent, failed, abandoned) = (0, 0, 0);

        // Delivered messages are marked together, one write for the batch; once half the lease is
        // gone, each as soon as it is delivered, so little is left to send again if the lease runs out.
        var delivered = new List<OutboxMessageId>(claimed.Count);
        var markBy = now + (policy.Lease / 2);
        try
        {
            foreach (var message in claimed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var delivery = await DeliverAsync(message, cancellationToken).ConfigureAwait(false);
                if (delivery is null)
                {
                    delivered.Add(message.Id);
                    if (_clock.GetCurrentInstant() >= markBy)
                    {
                        sent += await MarkDeliveredAsync(delivered, claimant, CancellationToken.None).ConfigureAwait(false);
                    }

                    continue;
                }

                var (reason, retryable) = delivery.Value;
                var failedAt = _clock.GetCurrentInstant();
                var retryAt = retryable ? policy.RetryAt(message.Attempts + 1, failedAt) : null;
                if (await _outbox.MarkFailedAsync(message.Id, claimant, new OutboxFailure(failedAt, reason, retryAt), cancellationToken).ConfigureAwait(false))
                {
                    (failed, abandoned) = retryAt is null ? (failed, abandoned + 1) : (failed + 1, abandoned);
                    NoteFailure(message, reason, retryAt);
                }
            }
        }
        finally
        {
            // Mail already handed over is marked even when the run is cancelled, so it is not sent again.
            sent += await MarkDeliveredAsync(delivered, claimant, CancellationToken.None).ConfigureAwait(false);
            _telemetry.MailSent.Add(sent);
        }

        AccountsLog.OutboxDispatched(_logger, sent, failed, abandoned);
        activity?.SetTag("accounts.sent", sent);
        activity?.SetTag("accounts.failed", failed + abandoned);
        return new DispatchReport(sent, failed, abandoned);
    }

    private void NoteFailure(OutboxMessage message, string reason, Instant? retryAt)
    {
        var attempt = message.Attempts + 1;
        _telemetry.MailFailures.Add(1, new KeyValuePair<string, object?>("accounts.retrying", retryAt is not null));
        if (retryAt is { } next)
        {
            AccountsLog.MailFailed(_logger, message.Id, attempt, reason, next);
        }
        else
        {
            AccountsLog.MailAbandoned(_logger, message.Id, attempt, reason);
        }
    }

    /// <summary>Marks the delivered messages sent and empties the list; answers how many the claimant still held.</summary>
    private async ValueTask<int> MarkDeliveredAsync(List<OutboxMessageId> delivered, string claimant, CancellationToken cancellationToken)
    {
        if (delivered.Count == 0)
        {
            return 0;
        }

        var marked = await _outbox.MarkSentAsync(delivered, claimant, _clock.GetCurrentInstant(), cancellationToken).ConfigureAwait(false);
        delivered.Clear();
        return marked;
    }

    /// <summary>Renders and hands over one message: <see langword="null"/> when delivered, otherwise why and whether trying again can help.</summary>
    private async ValueTask<(string Reason, bool Retryable)?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        string subject, body;
        try
        {
            (subject, body) = _policies.MailTemplates.Render(message, _policies.Links, _policies.PortalName);
        }
        catch (MailRenderingException exception)
        {
            return (exception.Message, false);
        }

        try
        {
            await _sender.SendAsync(new MailMessage(message.Id.ToString(), message.To, subject, body), cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure of the sender, its own time-outs included, is a recorded attempt; only the dispatcher's own cancellation stops the run.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return (exception.GetType().Name, true);
        }
    }
}
