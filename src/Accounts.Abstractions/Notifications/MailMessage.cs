using System.Collections.Immutable;

namespace Accounts.Notifications;

/// <summary>A rendered mail, ready for the mail sender.</summary>
/// <param name="IdempotencyKey">The same key means the same mail: a sender that sees a key again must not deliver it twice.</param>
/// <param name="To">The recipients' addresses.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The plain-text body; it may hold a link with a secret token.</param>
public sealed record MailMessage(string IdempotencyKey, ImmutableArray<string> To, string Subject, string Body)
{
    /// <summary>Shows key, recipients and subject; never the body, which may hold a secret link.</summary>
    public override string ToString() => $"MailMessage {{ IdempotencyKey = {IdempotencyKey}, To = [{string.Join(", ", To)}], Subject = {Subject} }}";
}
