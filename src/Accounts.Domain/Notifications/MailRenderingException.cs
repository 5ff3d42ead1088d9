namespace Accounts.Notifications;

/// <summary>A mail cannot be rendered: its template is unknown, or a secret parameter has no link. The dispatcher abandons such a message with the reason.</summary>
public sealed class MailRenderingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MailRenderingException()
    {
    }

    /// <summary>Creates the exception with a reason that holds no secret.</summary>
    /// <param name="message">The reason.</param>
    public MailRenderingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and its cause.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The cause.</param>
    public MailRenderingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
