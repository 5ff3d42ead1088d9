using Accounts.Calendars;
using Accounts.DependencyInjection;
using Accounts.Identifiers;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Results;
using Accounts.Secrets;
using Accounts.Security;
using NodaTime;

namespace Accounts.Registration;

/// <summary>
/// Turns a judged pre-registration into an organization, personal accounts and activation mail.
/// Identifiers derive from the legacy account and the address, so a second run over a committed
/// batch collides on them instead of issuing anybody twice.
/// </summary>
internal static class CutoverIssuance
{
    public static OrganizationId OrganizationIdOf(LegacyAccountId legacyAccountId) =>
        TypedId.Derive<OrganizationId>("cutover:organization:" + legacyAccountId);

    public static MemberId MemberIdOf(PreRegistrationId preRegistrationId, string email) =>
        TypedId.Derive<MemberId>($"cutover:member:{preRegistrationId}:{email}");

    public static Result<IssuedOrganization> Issue(PreRegistrationVerdict verdict, OrganizationCode code, AccountsPolicies policies, ISecretGenerator secrets, Instant now)
    {
        var preRegistration = verdict.PreRegistration;
        var registered = Organization.RegisterHeadOffice(OrganizationIdOf(preRegistration.LegacyAccountId), code, verdict.Registration, policies.Profile, policies.Email, now);
        if (registered.IsFailure)
        {
            return Result.Failure<IssuedOrganization>(registered.Errors);
        }

        var organization = registered.Value;
        var members = new List<MemberSnapshot>(verdict.Accepted.Count);
        var mail = new List<OutboxMessage>(verdict.Accepted.Count);
        string? expiresAt = null;
        foreach (var (_, email, person) in verdict.Accepted)
        {
            var memberId = MemberIdOf(preRegistration.Id, email.Value);
            var token = SecretToken.Issue(memberId.Value, secrets);
            var language = person.Language ?? policies.DefaultLanguage;
            var member = Member.Invite(memberId, organization.Id, email, person.DisplayName, person.Type, person.IsSharedAddress, language, token.Hash, null, policies.Invitations, now);
            var seated = organization.Reseat(null, member, policies.Quotas);
            if (seated.IsFailure)
            {
                return Result.Failure<IssuedOrganization>(seated.Errors);
            }

            organization = seated.Value;
            members.Add(member.ToSnapshot());
            expiresAt ??= JapanTime.Format(member.Invitation!.ExpiresAt);
            mail.Add(ActivationMail.For(member, organization.Name, token.Token, expiresAt, now));
        }

        return new IssuedOrganization(organization.ToSnapshot(), members, mail);
    }
}
