using Accounts.InMemory;
using Accounts.Notifications;
using NodaTime;
using NodaTime.Testing;

namespace Accounts.Domain.Tests.Notifications;

/// <summary>
/// Delivers until armed; then the first hand-over stalls past the lease (the clock moves on)
/// until released and fails, and every later one fails at once.
/// </summary>
internal sealed class StallingMailSender(Duration stall) : IMailSender
{
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    public RecordingMailSender? Recorder { get; set; }

    public FakeClock? Clock { get; set; }

    public bool Armed { get; set; }

    /// <summary>Completes when the first armed hand-over stalls.</summary>
    public Task Stalled => _stalled.Task;

    public void Release() => _released.SetResult();

    public async ValueTask SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        if (!Armed)
        {
            await Recorder!.SendAsync(message, cancellationToken);
            return;
        }

        if (Interlocked.Increment(ref _calls) == 1)
        {
            Clock!.Advance(stall);
            _stalled.SetResult();
            await _released.Task;
        }

        throw new InvalidOperationException("The provider refused the message.");
    }
}
