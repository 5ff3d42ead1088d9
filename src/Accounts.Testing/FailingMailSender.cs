using Accounts.Notifications;

namespace Accounts.Testing;

/// <summary>A mail sender that fails a set number of times before handing messages to another sender.</summary>
public sealed class FailingMailSender : IMailSender
{
    private readonly IMailSender _inner;
    private int _failuresLeft;

    /// <summary>Creates the sender.</summary>
    /// <param name="inner">Where messages go once the failures are used up.</param>
    /// <param name="failures">How many sends fail first.</param>
    public FailingMailSender(IMailSender inner, int failures)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _failuresLeft = failures;
    }

    /// <summary>How many sends were attempted, failed or not.</summary>
    public int Attempts { get; private set; }

    /// <inheritdoc />
    public ValueTask SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        Attempts++;
        if (_failuresLeft > 0)
        {
            _failuresLeft--;
            throw new IOException("The mail server is unreachable.");
        }

        return _inner.SendAsync(message, cancellationToken);
    }
}
