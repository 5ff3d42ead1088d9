using Accounts.Members;
using Accounts.Notifications;
using NodaTime;

namespace Accounts.Registration;

/// <summary>The activation mail of a personal account the cutover issued.</summary>
internal static class ActivationMail
{
    /// <param name="member">The invited account.</param>
    /// <param name="organizationName">The organization's name, as the mail shows it.</param>
    /// <param name="token">The activation token.</param>
    /// <param name="expiresAt">When the link expires, formatted once for the whole organization.</param>
    /// <param name="now">When the mail is queued.</param>
    public static OutboxMessage For(Member member, string organizationName, string token, string expiresAt, Instant now) => new()
    {
        // The member's own identifier, itself derived: the mail of one account can only ever be
        // queued once, without hashing a second name per person.
        Id = OutboxMessageId.FromGuid(member.Id.Value),
        Template = member.Type == MemberType.ExternalInvited ? RegistrationMailTemplates.ExternalActivation : RegistrationMailTemplates.Activation,
        To = [member.Email],
        Language = member.Language,
        Parameters =
        [
            new(MailParameterNames.OrganizationName, organizationName),
            new(MailParameterNames.InviteeName, member.DisplayName),
            new(MailParameterNames.ExpiresAt, expiresAt),
            new(MailParameterNames.InvitationToken, token, IsSecret: true),
        ],
        CreatedAt = now,
    };
}
