namespace Accounts.Notifications;

/// <summary>Delivers rendered mail: SMTP, an e-mail service's API, or a recorder in tests.</summary>
/// <remarks>
/// Implementations must be idempotent on <see cref="MailMessage.IdempotencyKey"/>: the outbox
/// dispatcher may hand the same message again after a crash between sending and recording
/// the send. Failures are thrown as exceptions; the dispatcher keeps the message for the
/// next run.
/// </remarks>
public interface IMailSender
{
    /// <summary>Delivers one message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    ValueTask SendAsync(MailMessage message, CancellationToken cancellationToken);
}
