using Accounts.InMemory;
using Accounts.Notifications;
using NodaTime;
using NodaTime.Testing;

namespace Accounts.Domain.Tests.Notifications;

/// <summary>
/// A mail provider on a bad day: each hand-over follows the next behaviour of a script —
/// succeed, throw, time out on its own, stall past the dispatcher's lease, or deliver and
/// then throw. Like real providers it honours the idempotency key: the recorder it delivers
/// to ignores a key it has seen. Without a script it simply delivers.
/// </summary>
internal sealed class ChaosMailSender : IMailSender
{
    private readonly object _gate = new();
    private int _calls;

    public RecordingMailSender? Recorder { get; set; }

    public FakeClock? Clock { get; set; }

    public Duration Stall { get; set; }

    public IReadOnlyList<SenderBehaviour>? Script { get; set; }

    /// <summary>How many times each behaviour was played.</summary>
    public Dictionary<SenderBehaviour, int> Played { get; } = [];

    public async ValueTask SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        SenderBehaviour behaviour;
        lock (_gate)
        {
            behaviour = Script is { Count: > 0 } script ? script[_calls++ % script.Count] : SenderBehaviour.Succeed;
            Played[behaviour] = Played.GetValueOrDefault(behaviour) + 1;
        }

        // Lets the other worker run in between, as a network call would.
        await Task.Yield();
        switch (behaviour)
        {
            case SenderBehaviour.Throw:
                throw new InvalidOperationException("The provider refused the message.");
            case SenderBehaviour.TimeOut:
                throw new TaskCanceledException("The provider's own time-out elapsed.");
            case SenderBehaviour.Stall:
                lock (_gate)
                {
                    Clock!.Advance(Stall);
                }

                await Task.Yield();
                await Recorder!.SendAsync(message, cancellationToken);
                return;
            case SenderBehaviour.SucceedThenThrow:
                await Recorder!.SendAsync(message, cancellationToken);
                throw new IOException("The connection dropped after the provider accepted the message.");
            default:
                await Recorder!.SendAsync(message, cancellationToken);
                return;
        }
    }
}
