using Accounts.Calendars;
using Accounts.Identifiers;
using Accounts.Notifications;
using Accounts.Security;
using NodaTime;

namespace Accounts.Members;

/// <summary>Writes the invitation mail of a member to the outbox.</summary>
internal static class InvitationMail
{
    public static OutboxMessage For(Member member, string organizationName, string inviterName, string token, ISecretGenerator secrets, Instant now) => new()
    {
        Id = TypedId.New<OutboxMessageId>(secrets, now),
        Template = member.Type switch
        {
            MemberType.ExternalInvited => MemberMailTemplates.ExternalInvitation,
            MemberType.Applicant => MemberMailTemplates.ApplicantRegistration,
            _ => MemberMailTemplates.Invitation,
        },
        To = [member.Email],
        Language = member.Language,
        Parameters =
        [
            new(MailParameterNames.OrganizationName, organizationName),
            new(MailParameterNames.InviteeName, member.DisplayName),
            new(MailParameterNames.InviterName, inviterName),
            new(MailParameterNames.ExpiresAt, JapanTime.Format(member.Invitation!.ExpiresAt)),
            new(MailParameterNames.SignInId, member.SignInName),
            new(MailParameterNames.InvitationToken, token, IsSecret: true),
        ],
        CreatedAt = now,
    };
}
