using Accounts.Calendars;
using Accounts.Identifiers;
using Accounts.Members;
using Accounts.Notifications;
using NodaTime;

namespace Accounts.Registration;

/// <summary>The activation mail of a personal account the cutover issued.</summary>
internal static class ActivationMail
{
    public static OutboxMessage For(Member member, string organizationName, string token, Instant now) => new()
    {
        // Derived from the member: the mail of one account can only ever be queued once.
        Id = TypedId.Derive<OutboxMessageId>("cutover:mail:" + member.Id),
        Template = member.Type == MemberType.ExternalInvited ? RegistrationMailTemplates.ExternalActivation : RegistrationMailTemplates.Activation,
        To = [member.Email],
        Language = member.Language,
        Parameters =
        [
            new(MailParameterNames.OrganizationName, organizationName),
            new(MailParameterNames.InviteeName, member.DisplayName),
            new(MailParameterNames.ExpiresAt, JapanTime.Format(member.Invitation!.ExpiresAt)),
            new(MailParameterNames.InvitationToken, token, IsSecret: true),
        ],
        CreatedAt = now,
    };
}
