using Accounts.Auditing;
using Accounts.Concurrency;
using Accounts.DependencyInjection;
using Accounts.Identifiers;
using Accounts.Messages;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.Storage;
using Accounts.Text;
using NodaTime;

namespace Accounts.Members;

/// <summary>
/// The use cases of an organization's members (R-ACC-1..8): invite, accept, resend, revoke,
/// change type, disable, enable, delete and list. Each checks the actor's permission first,
/// saves under optimistic concurrency with its mail and audit entry, and returns a typed result;
/// denied and failed attempts are audited too.
/// </summary>
public sealed class MembershipService
{
    private readonly IOrganizationStore _organizations;
    private readonly IMemberStore _accounts;
    private readonly IUnitOfWork _unitOfWork;
    private readonly AuditTrail _audit;
    private readonly IPasswordHasher _hasher;
    private readonly IPasswordBlocklist _blocklist;
    private readonly IClock _clock;
    private readonly ISecretGenerator _secrets;
    private readonly AccountsOptions _options;

    /// <summary>Creates the service over the host's ports.</summary>
    /// <param name="organizations">Organization reads.</param>
    /// <param name="accounts">Account reads.</param>
    /// <param name="unitOfWork">Atomic writes.</param>
    /// <param name="auditLog">The audit trail.</param>
    /// <param name="hasher">The password hasher.</param>
    /// <param name="blocklist">The password blocklist.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="secrets">The cryptographic generator.</param>
    /// <param name="options">The portal's policies.</param>
    public MembershipService(
        IOrganizationStore organizations,
        IMemberStore accounts,
        IUnitOfWork unitOfWork,
        IAuditLog auditLog,
        IPasswordHasher hasher,
        IPasswordBlocklist blocklist,
        IClock clock,
        ISecretGenerator secrets,
        AccountsOptions options)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(auditLog);
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(blocklist);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(options);
        _organizations = organizations;
        _accounts = accounts;
        _unitOfWork = unitOfWork;
        _audit = new AuditTrail(auditLog);
        _hasher = hasher;
        _blocklist = blocklist;
        _clock = clock;
        _secrets = secrets;
        _options = options;
    }

    /// <summary>
    /// Invites a person by mail (R-ACC-6). The quota counts the invitation at once (R-ACC-5);
    /// free-mail, mobile-carrier and shared addresses come back as warnings (R-ACC-7).
    /// </summary>
    /// <param name="actorId">The inviting administrator.</param>
    /// <param name="command">Who to invite.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invitation, or errors such as <c>permission.denied</c>, <c>quota.reached</c>, <c>member.email_taken</c> or field errors.</returns>
    public ValueTask<Result<InvitationSent>> InviteAsync(MemberId actorId, InviteMember command, CancellationToken cancellationToken = default)
    {
        TypedId.ThrowIfEmpty(actorId);
        ArgumentNullException.ThrowIfNull(command);
        var scope = new AuditScope(_clock.GetCurrentInstant(), ActorRef.Member(actorId), AuditActions.InviteMember, command.Email ?? string.Empty);
        return OptimisticRetry.RunAsync(
            (Service: this, ActorId: actorId, Command: command, Scope: scope),
            static (state, token) => state.Service.TryInviteAsync(state.ActorId, state.Command, state.Scope, token),
            _options.MaxCommitAttempts,
            _audit,
            scope,
            cancellationToken);
    }

    /// <summary>Accepts an invitation with the token from the mail and the password the person chooses; the token works once.</summary>
    /// <param name="command">The token and the password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The activated account, or <c>invitation.invalid</c>, <c>invitation.expired</c> or password errors.</returns>
    public async ValueTask<Result<MemberId>> AcceptInvitationAsync(AcceptInvitation command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = _clock.GetCurrentInstant();
        var scope = new AuditScope(now, ActorRef.Anonymous(), AuditActions.AcceptInvitation, string.Empty);
        if (!SecretToken.TryRead(command.Token, out var subject, out var presentedHash))
        {
            return await _audit.RefuseAsync<MemberId>(MemberErrors.InvitationInvalid.Error("token"), scope, cancellationToken).ConfigureAwait(false);
        }

        // The person stays anonymous until the token proves who they are.
        var accountId = MemberId.FromGuid(subject);
        scope = scope with { Target = accountId.ToString() };
        var snapshot = await _accounts.FindAsync(accountId, cancellationToken).ConfigureAwait(false);
        if (snapshot is null)
        {
            return await _audit.RefuseAsync<MemberId>(MemberErrors.InvitationInvalid.Error("token"), scope, cancellationToken).ConfigureAwait(false);
        }

        scope = scope with { OrganizationId = snapshot.OrganizationId };
        var account = Member.FromSnapshot(snapshot);
        var refusal = account.CheckInvitation(presentedHash, now);
        if (refusal is not null)
        {
            return await _audit.RefuseAsync<MemberId>(refusal, scope, cancellationToken).ConfigureAwait(false);
        }

        scope = scope with { Actor = ActorRef.Member(accountId) };
        var password = command.Password ?? string.Empty;
        var passwordErrors = await PasswordRules.CheckNewPasswordAsync(password, snapshot, _options.Passwords, _hasher, _blocklist, cancellationToken).ConfigureAwait(false);
        if (!passwordErrors.IsEmpty)
        {
            return await _audit.RefuseAsync(Result.Failure<MemberId>(passwordErrors), scope, cancellationToken).ConfigureAwait(false);
        }

        var accepted = account.Accept(PasswordHistory.NewCredential(_hasher.Hash(password), now, mustChange: false), now);
        if (accepted.IsFailure)
        {
            return await _audit.RefuseAsync(accepted.Map(a => a.Id), scope, cancellationToken).ConfigureAwait(false);
        }

        // Not retried: a conflict means the account changed meanwhile (often the same link clicked
        // twice), and trying again would hash the password once more for nothing.
        var commit = await _unitOfWork.CommitAsync(new ChangeSet { Accounts = [accepted.Value.ToSnapshot()], Audit = [scope.Succeeded()] }, cancellationToken).ConfigureAwait(false);
        return commit.IsCommitted
            ? accountId
            : await _audit.RefuseAsync<MemberId>(ConcurrencyErrors.Conflict.Error(scope.Target), scope, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends an invitation again with a new token and a fresh lifetime; the old link stops working.</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="accountId">The invited account.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<InvitationSent>> ResendInvitationAsync(MemberId actorId, MemberId accountId, CancellationToken cancellationToken = default) =>
        ActOnMemberAsync(actorId, accountId, MemberTrigger.ResendInvitation, AuditActions.ResendInvitation, context =>
        {
            var token = SecretToken.Issue(context.Target.Id.Value, _secrets);
            return context.Target.ResendInvitation(token.Hash, _options.Invitations, context.Now).Map(account => new MemberChange<InvitationSent>(
                Sent(account),
                Member: account,
                Mail: InvitationMail.For(account, context.Organization.Name, context.Actor.DisplayName, token.Token, _secrets, context.Now)));
        }, cancellationToken);

    /// <summary>Withdraws an invitation; its seat is freed.</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="accountId">The invited account.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<MemberId>> RevokeInvitationAsync(MemberId actorId, MemberId accountId, CancellationToken cancellationToken = default) =>
        ActOnMemberAsync(actorId, accountId, MemberTrigger.RevokeInvitation, AuditActions.RevokeInvitation, context => End(context, MemberTrigger.RevokeInvitation), cancellationToken);

    /// <summary>Deletes an account; its seat is freed. The last administrator cannot be deleted (R-ACC-4).</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="accountId">The account.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<MemberId>> DeleteAsync(MemberId actorId, MemberId accountId, CancellationToken cancellationToken = default) =>
        ActOnMemberAsync(actorId, accountId, MemberTrigger.Delete, AuditActions.DeleteMember, context => End(context, MemberTrigger.Delete), cancellationToken);

    /// <summary>Changes an account's type: the new type's quota applies, and the last administrator cannot be demoted (R-ACC-4, R-ACC-5).</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="accountId">The account.</param>
    /// <param name="type">The new type.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<MemberView>> ChangeTypeAsync(MemberId actorId, MemberId accountId, MemberType type, CancellationToken cancellationToken = default) =>
        ActOnMemberAsync(actorId, accountId, MemberTrigger.ChangeType, AuditActions.ChangeMemberType, context =>
            context.Target.ChangeType(type, context.Now).Then(account =>
                context.Organization.MoveSeat(context.Target.Type, type, context.Target.Status == MemberStatus.Disabled, _options.Quotas)
                    .Map(organization => new MemberChange<MemberView>(MemberView.Of(account.ToSnapshot(), context.Now), organization, account))),
            cancellationToken);

    /// <summary>Switches an account off; it keeps its seat. The last enabled administrator cannot be disabled (R-ACC-4).</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="accountId">The account.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<MemberView>> DisableAsync(MemberId actorId, MemberId accountId, CancellationToken cancellationToken = default) =>
        ActOnMemberAsync(actorId, accountId, MemberTrigger.Disable, AuditActions.DisableMember, context =>
            context.Target.Disable(context.Now).Then(account =>
                context.Organization.DisableSeat(account.Type)
                    .Map(organization => new MemberChange<MemberView>(MemberView.Of(account.ToSnapshot(), context.Now), organization, account))),
            cancellationToken);

    /// <summary>Switches a disabled account on again.</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="accountId">The account.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<MemberView>> EnableAsync(MemberId actorId, MemberId accountId, CancellationToken cancellationToken = default) =>
        ActOnMemberAsync(actorId, accountId, MemberTrigger.Enable, AuditActions.EnableMember, context =>
            context.Target.Enable(context.Now).Map(account =>
                new MemberChange<MemberView>(MemberView.Of(account.ToSnapshot(), context.Now), context.Organization.EnableSeat(account.Type), account)),
            cancellationToken);

    /// <summary>Lists one page of an organization's members, ordered by e-mail address.</summary>
    /// <param name="actorId">The acting account.</param>
    /// <param name="organizationId">The organization; the actor's own when left out.</param>
    /// <param name="offset">How many members to skip.</param>
    /// <param name="limit">The most members to return, 1 to 500.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async ValueTask<Result<MemberList>> ListMembersAsync(MemberId actorId, OrganizationId? organizationId = null, int offset = 0, int limit = 50, CancellationToken cancellationToken = default)
    {
        TypedId.ThrowIfEmpty(actorId);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 500);
        var now = _clock.GetCurrentInstant();
        var scope = new AuditScope(now, ActorRef.Member(actorId), AuditActions.ListMembers, organizationId?.ToString() ?? string.Empty);
        var actor = await _accounts.FindAsync(actorId, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            return await _audit.RefuseAsync<MemberList>(PermissionErrors.ActorUnknown.Error(actorId.ToString()), scope, cancellationToken).ConfigureAwait(false);
        }

        var organization = await _organizations.FindAsync(organizationId ?? actor.OrganizationId, cancellationToken).ConfigureAwait(false);
        scope = scope with { Target = (organizationId ?? actor.OrganizationId).ToString(), OrganizationId = organizationId ?? actor.OrganizationId };
        var denied = organization is null
            ? OrganizationErrors.NotFound.Error(scope.Target)
            : AccessRules.Check(actor, organization, PermissionAction.ViewMembers, _options.Permissions, _options.ManagementScope);
        if (denied is not null)
        {
            return await _audit.RefuseAsync<MemberList>(denied, scope, cancellationToken).ConfigureAwait(false);
        }

        var page = await _accounts.ListByOrganizationAsync(organization!.Id, offset, limit, cancellationToken).ConfigureAwait(false);
        return new MemberList(page.Items.Select(account => MemberView.Of(account, now)).ToList(), page.Total);
    }

    private async ValueTask<Attempt<InvitationSent>> TryInviteAsync(MemberId actorId, InviteMember command, AuditScope scope, CancellationToken cancellationToken)
    {
        var actor = await _accounts.FindAsync(actorId, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            return await _audit.RefuseAsync<InvitationSent>(PermissionErrors.ActorUnknown.Error(actorId.ToString()), scope, cancellationToken).ConfigureAwait(false);
        }

        var organizationId = command.OrganizationId ?? actor.OrganizationId;
        scope = scope with { OrganizationId = organizationId };
        var organization = await _organizations.FindAsync(organizationId, cancellationToken).ConfigureAwait(false);
        if (organization is null)
        {
            return await _audit.RefuseAsync<InvitationSent>(OrganizationErrors.NotFound.Error(organizationId.ToString()), scope, cancellationToken).ConfigureAwait(false);
        }

        if (!Enum.IsDefined(command.Type))
        {
            return await _audit.RefuseAsync<InvitationSent>(MemberErrors.TypeInvalid.Error("type"), scope, cancellationToken).ConfigureAwait(false);
        }

        var permission = MemberLifecycle.Machine.PermissionFor(MemberLifecycle.InviteTriggerFor(command.Type))!.Value;
        var denied = AccessRules.Check(actor, organization, permission, _options.Permissions, _options.ManagementScope);
        if (denied is not null)
        {
            return await _audit.RefuseAsync<InvitationSent>(denied, scope, cancellationToken).ConfigureAwait(false);
        }

        var input = ValidateInvitee(command);
        if (input.IsFailure)
        {
            return await _audit.RefuseAsync(Result.Failure<InvitationSent>(input.Errors), scope, cancellationToken).ConfigureAwait(false);
        }

        var (email, displayName, language) = input.Value;
        if (await _accounts.FindByEmailAsync(email.Value, cancellationToken).ConfigureAwait(false) is not null)
        {
            return await _audit.RefuseAsync<InvitationSent>(MemberErrors.EmailTaken.Error("email"), scope, cancellationToken).ConfigureAwait(false);
        }

        var seated = Organization.FromSnapshot(organization).ReserveSeat(command.Type, _options.Quotas);
        if (seated.IsFailure)
        {
            return await _audit.RefuseAsync(Result.Failure<InvitationSent>(seated.Errors), scope, cancellationToken).ConfigureAwait(false);
        }

        var accountId = TypedId.New<MemberId>(_secrets);
        var token = SecretToken.Issue(accountId.Value, _secrets);
        var account = Member.Invite(accountId, organizationId, email, displayName, command.Type, command.IsSharedAddress, language, token.Hash, actorId, _options.Invitations, scope.At);
        var changes = new ChangeSet
        {
            Organizations = [seated.Value.ToSnapshot()],
            Accounts = [account.ToSnapshot()],
            Mail = [InvitationMail.For(account, seated.Value.Name, actor.DisplayName, token.Token, _secrets, scope.At)],
            Audit = [(scope with { Target = accountId.ToString() }).Succeeded()],
        };
        var commit = await _unitOfWork.CommitAsync(changes, cancellationToken).ConfigureAwait(false);
        return commit.Status switch
        {
            CommitStatus.Committed => Result.Success(Sent(account), _options.Email.Advise(email, command.IsSharedAddress)),
            CommitStatus.Duplicate => await _audit.RefuseAsync<InvitationSent>(MemberErrors.EmailTaken.Error("email"), scope, cancellationToken).ConfigureAwait(false),
            _ => Attempt<InvitationSent>.Conflict,
        };
    }

    private Result<(EmailAddress Email, string DisplayName, string Language)> ValidateInvitee(InviteMember command)
    {
        var email = EmailAddress.Parse(command.Email, "email", _options.Email.MaxLength);
        var language = command.Language ?? _options.DefaultLanguage;
        if (email.IsSuccess && Language.IsSupported(language) && TextValidation.IsValid(command.DisplayName, _options.DisplayName))
        {
            return (email.Value, command.DisplayName!, language);
        }

        var errors = new List<Error>(email.Errors);
        TextValidation.Check(command.DisplayName, _options.DisplayName, "displayName", errors);
        if (!Language.IsSupported(language))
        {
            errors.Add(FieldErrors.Unsupported.Error("language"));
        }

        return Result.Failure<(EmailAddress, string, string)>([.. errors]);
    }

    private static Result<MemberChange<MemberId>> End(MemberContext context, MemberTrigger trigger) =>
        context.Target.End(trigger, context.Now).Then(account =>
            context.Organization.ReleaseSeat(account.Type, account.Status == MemberStatus.Disabled)
                .Map(organization => new MemberChange<MemberId>(account.Id, organization, Deleted: account)));

    private async ValueTask<Result<T>> ActOnMemberAsync<T>(
        MemberId actorId,
        MemberId accountId,
        MemberTrigger trigger,
        string action,
        Func<MemberContext, Result<MemberChange<T>>> decide,
        CancellationToken cancellationToken)
    {
        TypedId.ThrowIfEmpty(actorId);
        TypedId.ThrowIfEmpty(accountId);
        var scope = new AuditScope(_clock.GetCurrentInstant(), ActorRef.Member(actorId), action, accountId.ToString());
        return await OptimisticRetry.RunAsync(
            (Service: this, ActorId: actorId, MemberId: accountId, Trigger: trigger, Decide: decide, Scope: scope),
            static (state, token) => state.Service.TryActOnMemberAsync(state.ActorId, state.MemberId, state.Trigger, state.Decide, state.Scope, token),
            _options.MaxCommitAttempts,
            _audit,
            scope,
            cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Attempt<T>> TryActOnMemberAsync<T>(
        MemberId actorId,
        MemberId accountId,
        MemberTrigger trigger,
        Func<MemberContext, Result<MemberChange<T>>> decide,
        AuditScope scope,
        CancellationToken cancellationToken)
    {
        var actor = await _accounts.FindAsync(actorId, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            return await _audit.RefuseAsync<T>(PermissionErrors.ActorUnknown.Error(actorId.ToString()), scope, cancellationToken).ConfigureAwait(false);
        }

        var target = await _accounts.FindAsync(accountId, cancellationToken).ConfigureAwait(false);
        var organization = target is null ? null : await _organizations.FindAsync(target.OrganizationId, cancellationToken).ConfigureAwait(false);
        if (target is null || organization is null)
        {
            return await _audit.RefuseAsync<T>(MemberErrors.NotFound.Error(accountId.ToString()), scope with { OrganizationId = actor.OrganizationId }, cancellationToken).ConfigureAwait(false);
        }

        scope = scope with { OrganizationId = organization.Id };
        var permission = MemberLifecycle.Machine.PermissionFor(trigger)!.Value;
        var denied = AccessRules.Check(actor, organization, permission, _options.Permissions, _options.ManagementScope);
        if (denied is not null)
        {
            return await _audit.RefuseAsync<T>(denied, scope, cancellationToken).ConfigureAwait(false);
        }

        var decided = decide(new MemberContext(actor, Member.FromSnapshot(target), Organization.FromSnapshot(organization), scope.At));
        if (decided.IsFailure)
        {
            return await _audit.RefuseAsync(Result.Failure<T>(decided.Errors), scope, cancellationToken).ConfigureAwait(false);
        }

        var change = decided.Value;
        var commit = await _unitOfWork.CommitAsync(
            new ChangeSet
            {
                Organizations = change.Organization is null ? [] : [change.Organization.ToSnapshot()],
                Accounts = change.Member is null ? [] : [change.Member.ToSnapshot()],
                DeletedMembers = change.Deleted is null ? [] : [new MemberDeletion(change.Deleted.Id, change.Deleted.ToSnapshot().Version)],
                Mail = change.Mail is null ? [] : [change.Mail],
                Audit = [scope.Succeeded()],
            },
            cancellationToken).ConfigureAwait(false);
        return commit.IsCommitted ? Result.Success(change.Value) : Attempt<T>.Conflict;
    }

    private static InvitationSent Sent(Member account) =>
        new(account.Id, account.OrganizationId, account.Email, account.Type, account.Invitation!.ExpiresAt);

    private sealed record MemberContext(MemberSnapshot Actor, Member Target, Organization Organization, Instant Now);

    private sealed record MemberChange<T>(T Value, Organization? Organization = null, Member? Member = null, Member? Deleted = null, OutboxMessage? Mail = null);
}
