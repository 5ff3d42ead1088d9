using Accounts.Calendars;
using Accounts.Identifiers;
using Accounts.Notifications;
using Accounts.Security;
using NodaTime;

namespace Accounts.Members;

/// <summary>A mail that tells a member what just happened to their own account, and when (a password changed, one-time passwords set up).</summary>
internal static class MemberNotice
{
    public static OutboxMessage For(Member member, string template, string whenParameter, ISecretGenerator secrets, Instant now) => new()
    {
        Id = TypedId.New<OutboxMessageId>(secrets, now),
        Template = template,
        To = [member.Email],
        Language = member.Language,
        Parameters = [new(MailParameterNames.MemberName, member.DisplayName), new(whenParameter, JapanTime.Format(now))],
        CreatedAt = now,
    };
}
