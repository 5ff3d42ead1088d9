using Accounts.DependencyInjection;
using NodaTime;

namespace Accounts.Notifications;

/// <summary>
/// Sends the outbox's pending mail through <see cref="IMailSender"/> (DESIGN.md convention 8).
/// Each message goes out with its identifier as idempotency key; a failing sender leaves it
/// pending for the next run, and after too many failures it is abandoned for a person to
/// look at. Nothing is lost, and a sender that honours the key delivers nothing twice.
/// </summary>
public sealed class OutboxDispatcher
{
    private readonly IOutbox _outbox;
    private readonly IMailSender _sender;
    private readonly IClock _clock;
    private readonly AccountsOptions _options;

    /// <summary>Creates a dispatcher.</summary>
    /// <param name="outbox">The outbox.</param>
    /// <param name="sender">The mail sender.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="options">The portal's options: templates, links, the attempt limit.</param>
    public OutboxDispatcher(IOutbox outbox, IMailSender sender, IClock clock, AccountsOptions options)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        _outbox = outbox;
        _sender = sender;
        _clock = clock;
        _options = options;
    }

    /// <summary>
    /// Sends pending messages, oldest first. Two runs at the same time may hand the same
    /// message to the sender twice; its idempotency key makes that harmless.
    /// </summary>
    /// <param name="maxCount">The most messages to send in this run.</param>
    /// <param name="cancellationToken">Stops between messages.</param>
    public async ValueTask<DispatchReport> DispatchAsync(int maxCount = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        var (sent, failed, abandoned) = (0, 0, 0);
        foreach (var message in await _outbox.ListPendingAsync(maxCount, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (subject, body) = _options.MailTemplates.Render(message, _options.Links, _options.PortalName);
            try
            {
                await _sender.SendAsync(new MailMessage(message.Id.ToString(), message.To, subject, body), cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A failing sender of any kind must leave the message pending, not stop the run.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                var abandon = message.Attempts + 1 >= _options.MaxMailAttempts;
                await _outbox.MarkFailedAsync(message.Id, _clock.GetCurrentInstant(), exception.GetType().Name, abandon, cancellationToken).ConfigureAwait(false);
                if (abandon)
                {
                    abandoned++;
                }
                else
                {
                    failed++;
                }

                continue;
            }

            await _outbox.MarkSentAsync(message.Id, _clock.GetCurrentInstant(), cancellationToken).ConfigureAwait(false);
            sent++;
        }

        return new DispatchReport(sent, failed, abandoned);
    }
}
