using Accounts.InMemory;
using Accounts.Notifications;

namespace Accounts.Domain.Tests.Notifications;

/// <summary>Delivers to the portal's recording sender, with callbacks before and after each delivery once they are set.</summary>
internal sealed class CallbackMailSender(RecordingMailSender inner) : IMailSender
{
    /// <summary>Runs before each delivery; throwing fails the delivery.</summary>
    public Action<MailMessage>? BeforeEach { get; set; }

    /// <summary>Runs after each delivery.</summary>
    public Action? AfterEach { get; set; }

    public async ValueTask SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        BeforeEach?.Invoke(message);
        await inner.SendAsync(message, cancellationToken);
        AfterEach?.Invoke();
    }
}
