using Accounts.InMemory;
using Accounts.Notifications;

namespace Accounts.Domain.Tests.Notifications;

/// <summary>Delivers to the portal's recording sender, then runs a callback once one is set.</summary>
internal sealed class CallbackMailSender(RecordingMailSender inner) : IMailSender
{
    /// <summary>Runs after each delivery.</summary>
    public Action? AfterEach { get; set; }

    public async ValueTask SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        await inner.SendAsync(message, cancellationToken);
        AfterEach?.Invoke();
    }
}
