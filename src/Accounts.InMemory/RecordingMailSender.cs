using Accounts.Notifications;

namespace Accounts.InMemory;

/// <summary>
/// An <see cref="IMailSender"/> that keeps what it is given instead of sending it, for tests,
/// samples and development hosts. Honours the idempotency contract: a message whose key was
/// seen before is not recorded again.
/// </summary>
public sealed class RecordingMailSender : IMailSender
{
    private readonly Lock _gate = new();
    private readonly List<MailMessage> _delivered = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>The delivered messages, in order, each once.</summary>
    public IReadOnlyList<MailMessage> Delivered
    {
        get { lock (_gate) { return [.. _delivered]; } }
    }

    /// <summary>How many times a message was handed over again with a key already delivered.</summary>
    public int DuplicatesIgnored { get; private set; }

    /// <inheritdoc />
    public ValueTask SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_keys.Add(message.IdempotencyKey))
            {
                _delivered.Add(message);
            }
            else
            {
                DuplicatesIgnored++;
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The messages delivered to an address, in order.</summary>
    /// <param name="address">The recipient.</param>
    public IReadOnlyList<MailMessage> DeliveredTo(string address)
    {
        lock (_gate)
        {
            return [.. _delivered.Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase))];
        }
    }
}
