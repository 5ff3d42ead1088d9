using System.Text.Json.Serialization;
using Accounts.Serialization;

namespace Accounts.Notifications;

/// <summary>A named value a mail template fills in.</summary>
/// <param name="Name">The placeholder name, for example <c>organizationName</c>.</param>
/// <param name="Value">The value.</param>
/// <param name="IsSecret">Whether the value is a secret (a token): it is never shown by <see cref="ToString"/> and the outbox erases it once the mail is sent.</param>
[JsonConverter(typeof(MailParameterJsonConverter))]
public readonly record struct MailParameter(string Name, string Value, bool IsSecret = false)
{
    /// <summary>Shows the name, and the value unless it is secret.</summary>
    public override string ToString() => IsSecret ? $"{Name} = ***" : $"{Name} = {Value}";
}
