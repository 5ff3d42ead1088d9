namespace Accounts.Notifications;

/// <summary>Where an outbox message stands.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be sent, or to be tried again.</summary>
    Pending = 1,

    /// <summary>Handed to the mail sender.</summary>
    Sent = 2,

    /// <summary>Given up after too many failed attempts; needs a person to look.</summary>
    Abandoned = 3,
}
