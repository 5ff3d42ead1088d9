using Accounts.Calendars;
using Accounts.Identifiers;
using Accounts.Notifications;
using Accounts.Security;
using NodaTime;

namespace Accounts.Members;

/// <summary>Writes the invitation mail of an account to the outbox.</summary>
internal static class InvitationMail
{
    public static OutboxMessage For(Member account, string organizationName, string inviterName, string token, ISecretGenerator secrets, Instant now) => new()
    {
        Id = TypedId.New<OutboxMessageId>(secrets),
        Template = account.Type switch
        {
            MemberType.ExternalInvited => MailTemplateKeys.ExternalInvitation,
            MemberType.Applicant => MailTemplateKeys.ApplicantRegistration,
            _ => MailTemplateKeys.Invitation,
        },
        To = [account.Email],
        Language = account.ToSnapshot().Language,
        Parameters =
        [
            new(MailParameterNames.OrganizationName, organizationName),
            new(MailParameterNames.InviteeName, account.DisplayName),
            new(MailParameterNames.InviterName, inviterName),
            new(MailParameterNames.ExpiresAt, JapanTime.Format(account.Invitation!.ExpiresAt)),
            new(MailParameterNames.InvitationToken, token, IsSecret: true),
        ],
        CreatedAt = now,
    };
}
