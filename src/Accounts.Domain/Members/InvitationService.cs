using Accounts.Auditing;
using Accounts.Identifiers;
using Accounts.Messages;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.Text;
using Accounts.UseCases;
using Ardalis.GuardClauses;

namespace Accounts.Members;

/// <summary>
/// Invitations: an administrator invites a person by mail, sends the invitation
/// again or withdraws it, and the person accepts it once with the token from the mail. Every
/// call runs through the use-case pipeline: permission first, the seat moved with the member,
/// saved with its mail and audit entry, retried on a concurrent change.
/// </summary>
public sealed class InvitationService
{
    private readonly UseCasePipeline _pipeline;
    private readonly IPasswordHasher _hasher;
    private readonly IPasswordBlocklist _blocklist;

    internal InvitationService(UseCasePipeline pipeline, IPasswordHasher hasher, IPasswordBlocklist blocklist) =>
        (_pipeline, _hasher, _blocklist) = (pipeline, hasher, blocklist);

    /// <summary>
    /// Invites a person by mail. The quota counts the invitation at once;
    /// free-mail, mobile-carrier and shared addresses come back as warnings.
    /// </summary>
    /// <param name="actorId">The inviting administrator.</param>
    /// <param name="command">Who to invite.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invitation, or errors such as <c>permission.denied</c>, <c>quota.reached</c>, <c>member.email_taken</c> or field errors.</returns>
    public ValueTask<Result<InvitationSent>> InviteAsync(MemberId actorId, InviteMember command, CancellationToken cancellationToken = default)
    {
        Guard.Against.EmptyId(actorId);
        ArgumentNullException.ThrowIfNull(command);
        // An undefined type is refused after authorization, as any other bad input.
        var permission = Enum.IsDefined(command.Type) ? MemberLifecycle.PermissionFor(MemberLifecycle.InviteTriggerFor(command.Type)) : PermissionAction.InviteMembers;
        return _pipeline.RunForOrganizationAsync(
            new UseCaseRequest(ActorRef.Member(actorId), MemberAuditActions.Invite, string.Empty),
            command.OrganizationId,
            permission,
            command,
            static (command, access, run, token) => InviteOnceAsync(command, access, run, token),
            cancellationToken);
    }

    /// <summary>Accepts an invitation with the token from the mail and the password the person chooses; the token works once.</summary>
    /// <param name="command">The token and the password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The activated member, or <c>invitation.invalid</c>, <c>invitation.expired</c> or password errors.</returns>
    public ValueTask<Result<MemberId>> AcceptInvitationAsync(AcceptInvitation command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);

        // Not retried: a conflict means the member changed meanwhile (often the same link clicked
        // twice), and trying again would hash the password once more for nothing.
        return _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Anonymous(), MemberAuditActions.AcceptInvitation, string.Empty, Retry: RetryMode.Never),
            (Service: this, Command: command),
            static (state, run, token) => state.Service.AcceptOnceAsync(state.Command, run, token),
            cancellationToken);
    }

    /// <summary>Sends an invitation again with a new token and a fresh lifetime; the old link stops working.</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="memberId">The invited member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<InvitationSent>> ResendInvitationAsync(MemberId actorId, MemberId memberId, CancellationToken cancellationToken = default)
    {
        Guard.Against.EmptyId(actorId);
        Guard.Against.EmptyId(memberId);
        return _pipeline.RunForMemberAsync(
            new UseCaseRequest(ActorRef.Member(actorId), MemberAuditActions.ResendInvitation, memberId.ToString()),
            memberId,
            MemberLifecycle.PermissionFor(MemberTrigger.ResendInvitation),
            memberId,
            static (_, access, run, token) => new ValueTask<Outcome<InvitationSent>>(Resend(access.Target, access.Organization, access.Actor.DisplayName, run)),
            cancellationToken);
    }

    /// <summary>Sends an invitation again: a new token and lifetime, the seat moved with the member, the mail signed by <paramref name="sentBy"/>.</summary>
    /// <param name="target">The invited member, as read.</param>
    /// <param name="organization">Its organization, as read.</param>
    /// <param name="sentBy">Who the mail names as sender: the administrator, or the portal for an operator's reissue.</param>
    /// <param name="run">The run.</param>
    internal static Outcome<InvitationSent> Resend(MemberSnapshot target, OrganizationSnapshot organization, string sentBy, UseCaseRun run)
    {
        var before = Member.FromSnapshot(target);
        var invitation = SecretToken.Issue(target.Id.Value, run.Secrets);
        var resent = before.ResendInvitation(invitation.Hash, run.Policies.Invitations, run.Now);
        if (resent.IsFailure)
        {
            return Outcome<InvitationSent>.Refuse(resent.Errors);
        }

        var owner = Organization.FromSnapshot(organization);
        var seated = run.ChangeMember(owner, before, resent.Value);
        if (seated.IsFailure)
        {
            return Outcome<InvitationSent>.Refuse(seated.Errors);
        }

        run.Mail(InvitationMail.For(resent.Value, owner.Name, sentBy, invitation.Token, run.Secrets, run.Now));
        return Sent(resent.Value);
    }

    /// <summary>Withdraws an invitation; its seat is freed.</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="memberId">The invited member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<MemberId>> RevokeInvitationAsync(MemberId actorId, MemberId memberId, CancellationToken cancellationToken = default) =>
        MemberAdministrationService.EndAsync(_pipeline, actorId, memberId, MemberTrigger.RevokeInvitation, MemberAuditActions.RevokeInvitation, cancellationToken);

    private static async ValueTask<Outcome<InvitationSent>> InviteOnceAsync(InviteMember command, ActorAccess access, UseCaseRun run, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(command.Type))
        {
            return MemberErrors.TypeInvalid.Error("type");
        }

        var input = ValidateInvitee(command, run);
        if (input.IsFailure)
        {
            return Outcome<InvitationSent>.Refuse(input.Errors);
        }

        var (email, displayName, language) = input.Value;
        var (actorSnapshot, organizationSnapshot) = access;
        // On a portal that issues user IDs the address is a contact address, which accounts may share.
        var holder = run.Policies.SignInIdentifier.IssuesUserIds ? null : await run.Store.FindMemberByEmailAsync(email.Value, cancellationToken).ConfigureAwait(false);
        if (holder is not null && holder.OrganizationId == organizationSnapshot.Id)
        {
            return MemberErrors.EmailTaken.Error("email");
        }

        var organization = Organization.FromSnapshot(organizationSnapshot);
        var memberId = TypedId.New<MemberId>(run.Secrets, run.Now);
        var invitation = SecretToken.Issue(memberId.Value, run.Secrets);
        var member = Member.Invite(memberId, organization.Id, email, displayName, command.Type, command.IsSharedAddress, language, invitation.Hash, actorSnapshot.Id, run.Policies.Invitations, run.Now);
        if (holder is not null)
        {
            return AnswerAsForANewAddress(organization, member, email, command.IsSharedAddress, run);
        }

        if (run.Policies.SignInIdentifier.IssuesUserIds)
        {
            // The quota answers first: a full organization hears quota.reached, not that its user IDs ran out.
            var seatable = organization.Reseat(null, member, run.Policies.Quotas);
            if (seatable.IsFailure)
            {
                return Outcome<InvitationSent>.Refuse(seatable.Errors);
            }

            var userId = await UserIdAllocation.NextAsync(organizationSnapshot, run, "userId", cancellationToken).ConfigureAwait(false);
            if (userId.IsFailure)
            {
                return Outcome<InvitationSent>.Refuse(userId.Errors);
            }

            member = member.WithUserId(userId.Value);
        }

        var seated = run.ChangeMember(organization, null, member);
        if (seated.IsFailure)
        {
            return Outcome<InvitationSent>.Refuse(seated.Errors);
        }

        run.Target = memberId.ToString();
        run.Mail(InvitationMail.For(member, organization.Name, actorSnapshot.DisplayName, invitation.Token, run.Secrets, run.Now));
        run.OnDuplicate(MemberSnapshot.EmailKey, MemberErrors.EmailTaken, "email");
        return Outcome<InvitationSent>.Success(Sent(member), run.Policies.Email.Advise(email, command.IsSharedAddress));
    }

    /// <summary>
    /// The address belongs to another organization's member. The inviting administrator gets
    /// the answer a new address gets (quota included), so the invitation reveals nothing about
    /// other organizations; nothing is stored and nobody is mailed. The audit trail, which only
    /// operators read, records the refusal.
    /// </summary>
    private static Outcome<InvitationSent> AnswerAsForANewAddress(Organization organization, Member member, EmailAddress email, bool isSharedAddress, UseCaseRun run)
    {
        var seated = organization.Reseat(null, member, run.Policies.Quotas);
        if (seated.IsFailure)
        {
            return Outcome<InvitationSent>.Refuse(seated.Errors);
        }

        run.Target = member.Id.ToString();
        var answer = Result.Success(Sent(member), run.Policies.Email.Advise(email, isSharedAddress));
        return Outcome<InvitationSent>.Record(answer, AuditOutcome.Failed, MemberErrors.EmailTaken.Code);
    }

    private async ValueTask<Outcome<MemberId>> AcceptOnceAsync(AcceptInvitation command, UseCaseRun run, CancellationToken cancellationToken)
    {
        if (!SecretToken.TryRead(command.Token, out var subject, out var presentedHash))
        {
            return MemberErrors.InvitationInvalid.Error("token");
        }

        // The person stays anonymous until the token proves who they are.
        var memberId = MemberId.FromGuid(subject);
        run.Target = memberId.ToString();
        var snapshot = await run.Store.FindMemberAsync(memberId, cancellationToken).ConfigureAwait(false);
        if (snapshot is null)
        {
            return MemberErrors.InvitationInvalid.Error("token");
        }

        run.OrganizationId = snapshot.OrganizationId;
        var member = Member.FromSnapshot(snapshot);
        var refusal = member.CheckInvitation(presentedHash, run.Now);
        if (refusal is not null)
        {
            return refusal;
        }

        run.ActAs(ActorRef.Member(memberId));
        var password = new TypedPassword(command.Password);
        var passwordErrors = await PasswordRules.CheckNewPasswordAsync(password.Text, snapshot, run.Policies.Passwords, _hasher, _blocklist, cancellationToken).ConfigureAwait(false);
        if (!passwordErrors.IsEmpty)
        {
            return Outcome<MemberId>.Refuse(passwordErrors);
        }

        var accepted = member.Accept(PasswordHistory.NewCredential(password.Hash(_hasher), run.Now, mustChange: false), run.Now);
        if (accepted.IsFailure)
        {
            return Outcome<MemberId>.Refuse(accepted.Errors);
        }

        var organization = await run.Store.FindOrganizationAsync(snapshot.OrganizationId, cancellationToken).ConfigureAwait(false);
        if (organization is null)
        {
            return MemberErrors.InvitationInvalid.Error("token");
        }

        var reseated = run.ChangeMember(Organization.FromSnapshot(organization), member, accepted.Value);
        return reseated.IsFailure ? Outcome<MemberId>.Refuse(reseated.Errors) : memberId;
    }

    private static Result<(EmailAddress Email, string DisplayName, string Language)> ValidateInvitee(InviteMember command, UseCaseRun run)
    {
        var policies = run.Policies;
        var email = EmailAddress.Parse(command.Email, "email", policies.Email.MaxLength);
        var language = command.Language ?? policies.DefaultLanguage;
        if (email.IsSuccess && Language.IsSupported(language) && TextValidation.IsValid(command.DisplayName, policies.DisplayName))
        {
            return (email.Value, command.DisplayName!, language);
        }

        var errors = new List<Error>(email.Errors);
        TextValidation.Check(command.DisplayName, policies.DisplayName, "displayName", errors);
        if (!Language.IsSupported(language))
        {
            errors.Add(FieldErrors.Unsupported.Error("language"));
        }

        return Result.Failure<(EmailAddress, string, string)>([.. errors]);
    }

    private static InvitationSent Sent(Member member) =>
        new(member.Id, member.OrganizationId, member.Email, member.Type, member.Invitation!.ExpiresAt, member.UserId);
}
