using Accounts.Auditing;
using Accounts.Concurrency;
using Accounts.DependencyInjection;
using Accounts.Identifiers;
using Accounts.Members;
using Accounts.Messages;
using Accounts.Notifications;
using Accounts.Passwords;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.Storage;
using Accounts.Text;
using NodaTime;

namespace Accounts.Organizations;

/// <summary>
/// The use cases of organizations (R-ORG-1..5): register a head office or a unit with its
/// first administrator, update the profile, set the one-time password requirement.
/// </summary>
public sealed class OrganizationService
{
    private readonly IOrganizationStore _organizations;
    private readonly IMemberStore _accounts;
    private readonly IUnitOfWork _unitOfWork;
    private readonly AuditTrail _audit;
    private readonly IOrganizationCodeGenerator _codes;
    private readonly IPasswordHasher _hasher;
    private readonly IClock _clock;
    private readonly ISecretGenerator _secrets;
    private readonly AccountsOptions _options;

    /// <summary>Creates the service over the host's ports.</summary>
    /// <param name="organizations">Organization reads.</param>
    /// <param name="accounts">Account reads.</param>
    /// <param name="unitOfWork">Atomic writes.</param>
    /// <param name="auditLog">The audit trail.</param>
    /// <param name="codes">The portal's organization code generator.</param>
    /// <param name="hasher">The password hasher, for initial passwords.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="secrets">The cryptographic generator.</param>
    /// <param name="options">The portal's policies.</param>
    public OrganizationService(
        IOrganizationStore organizations,
        IMemberStore accounts,
        IUnitOfWork unitOfWork,
        IAuditLog auditLog,
        IOrganizationCodeGenerator codes,
        IPasswordHasher hasher,
        IClock clock,
        ISecretGenerator secrets,
        AccountsOptions options)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(auditLog);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(options);
        _organizations = organizations;
        _accounts = accounts;
        _unitOfWork = unitOfWork;
        _audit = new AuditTrail(auditLog);
        _codes = codes;
        _hasher = hasher;
        _clock = clock;
        _secrets = secrets;
        _options = options;
    }

    /// <summary>
    /// Registers a head office with its first administrator. Every invalid field of the form
    /// is reported at once (R-ORG-4). The portal issues the organization's code (R-ORG-1).
    /// </summary>
    /// <param name="command">The form and the first administrator.</param>
    /// <param name="registeredBy">Who registers: an operator, or the person themselves (anonymous).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OrganizationRegistered>> RegisterHeadOfficeAsync(RegisterOrganization command, ActorRef registeredBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var scope = new AuditScope(_clock.GetCurrentInstant(), registeredBy, AuditActions.RegisterHeadOffice, string.Empty);
        return RegisterAsync(null, OrganizationKind.HeadOffice, command, scope, cancellationToken);
    }

    /// <summary>
    /// Registers a branch, department or office under a registered head office (R-ORG-2), with
    /// its first administrator. An account needs the "register units" permission on the head
    /// office; operators and the system may always; anonymous callers may not.
    /// </summary>
    /// <param name="headOfficeId">The head office.</param>
    /// <param name="kind">Branch, department or office.</param>
    /// <param name="command">The form and the first administrator.</param>
    /// <param name="registeredBy">Who registers.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OrganizationRegistered>> RegisterUnitAsync(OrganizationId headOfficeId, OrganizationKind kind, RegisterOrganization command, ActorRef registeredBy, CancellationToken cancellationToken = default)
    {
        TypedId.ThrowIfEmpty(headOfficeId);
        ArgumentNullException.ThrowIfNull(command);
        var scope = new AuditScope(_clock.GetCurrentInstant(), registeredBy, AuditActions.RegisterUnit, string.Empty, headOfficeId);
        return RegisterAsync(headOfficeId, kind, command, scope, cancellationToken);
    }

    /// <summary>Replaces an organization's profile (R-ORG-4); every invalid field is reported at once.</summary>
    /// <param name="actorId">The acting administrator.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="profile">The new profile.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OrganizationSnapshot>> UpdateProfileAsync(MemberId actorId, OrganizationId organizationId, OrganizationProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return ChangeAsync(actorId, organizationId, PermissionAction.EditOrganizationProfile, AuditActions.UpdateProfile, organization => organization.UpdateProfile(profile, _options.Profile), cancellationToken);
    }

    /// <summary>Turns the organization's one-time password requirement on or off (R-PWD-6).</summary>
    /// <param name="actorId">The acting administrator.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="required">Whether sign-in needs a one-time password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OrganizationSnapshot>> RequireOneTimePasswordAsync(MemberId actorId, OrganizationId organizationId, bool required, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorId, organizationId, PermissionAction.ManageSecuritySettings, AuditActions.ChangeSecuritySettings, organization => organization.RequireOneTimePassword(required), cancellationToken);

    private async ValueTask<Result<OrganizationRegistered>> RegisterAsync(OrganizationId? headOfficeId, OrganizationKind kind, RegisterOrganization command, AuditScope scope, CancellationToken cancellationToken)
    {
        Organization? headOffice = null;
        if (headOfficeId is { } parentId)
        {
            var parent = await _organizations.FindAsync(parentId, cancellationToken).ConfigureAwait(false);
            if (parent is null)
            {
                return await _audit.RefuseAsync<OrganizationRegistered>(OrganizationErrors.HeadOfficeRequired.Error(parentId.ToString()), scope, cancellationToken).ConfigureAwait(false);
            }

            var denied = await AuthorizeUnitRegistrationAsync(scope.Actor, parent, cancellationToken).ConfigureAwait(false);
            if (denied is not null)
            {
                return await _audit.RefuseAsync<OrganizationRegistered>(denied, scope, cancellationToken).ConfigureAwait(false);
            }

            headOffice = Organization.FromSnapshot(parent);
        }

        // The form is checked before a code is drawn: a portal's code sequence loses no numbers to bad input.
        var administrator = ValidateAdministrator(command.Administrator);
        var formErrors = Organization.Validate(command.Organization, _options.Profile, _options.Email);
        if (formErrors.Count > 0 || administrator.IsFailure)
        {
            return await _audit.RefuseAsync(Result.Failure<OrganizationRegistered>([.. formErrors, .. administrator.Errors]), scope, cancellationToken).ConfigureAwait(false);
        }

        var (email, displayName, language) = administrator.Value;
        if (await _accounts.FindByEmailAsync(email.Value, cancellationToken).ConfigureAwait(false) is not null)
        {
            return await _audit.RefuseAsync<OrganizationRegistered>(MemberErrors.EmailTaken.Error("administrator.email"), scope, cancellationToken).ConfigureAwait(false);
        }

        for (var attempt = 1; attempt <= _options.MaxCommitAttempts; attempt++)
        {
            var id = TypedId.New<OrganizationId>(_secrets);
            var code = await _codes.NextAsync(kind, headOffice?.Code, cancellationToken).ConfigureAwait(false);
            scope = scope with { Target = id.ToString(), OrganizationId = id };
            var registered = headOffice is null
                ? Organization.RegisterHeadOffice(id, code, command.Organization, _options.Profile, _options.Email, scope.At)
                : headOffice.RegisterUnit(kind, id, code, command.Organization, _options.Profile, _options.Email, scope.At);
            if (registered.IsFailure)
            {
                return await _audit.RefuseAsync(Result.Failure<OrganizationRegistered>(registered.Errors), scope, cancellationToken).ConfigureAwait(false);
            }

            var organization = registered.Value.ReserveSeat(MemberType.Administrator, _options.Quotas).Value;
            var accountId = TypedId.New<MemberId>(_secrets);
            var (account, mail, initialPassword) = ProvisionAdministrator(command.Administrator.Provisioning, accountId, organization, email, displayName, language, scope.At);
            var commit = await _unitOfWork.CommitAsync(
                new ChangeSet
                {
                    Organizations = [organization.ToSnapshot()],
                    Accounts = [account.ToSnapshot()],
                    Mail = mail is null ? [] : [mail],
                    Audit = [scope.Succeeded()],
                },
                cancellationToken).ConfigureAwait(false);
            if (commit.IsCommitted)
            {
                return new OrganizationRegistered(id, code, accountId, account.Invitation?.ExpiresAt, initialPassword);
            }

            if (commit is { Status: CommitStatus.Duplicate, Subject: CommitResult.EmailKey })
            {
                return await _audit.RefuseAsync<OrganizationRegistered>(MemberErrors.EmailTaken.Error("administrator.email"), scope, cancellationToken).ConfigureAwait(false);
            }
        }

        return await _audit.RefuseAsync<OrganizationRegistered>(OrganizationErrors.CodeUnavailable.Error("organizationCode"), scope, cancellationToken).ConfigureAwait(false);
    }

    private (Member Member, OutboxMessage? Mail, RevealedSecret? InitialPassword) ProvisionAdministrator(
        AdministratorProvisioning provisioning,
        MemberId accountId,
        Organization organization,
        EmailAddress email,
        string displayName,
        string language,
        Instant now)
    {
        if (provisioning == AdministratorProvisioning.InitialPassword)
        {
            var password = InitialPasswordGenerator.Generate(_options.Passwords, _secrets, emailLocalPart: email.LocalPart.ToString());
            var credential = PasswordHistory.NewCredential(_hasher.Hash(password), now, mustChange: true);
            return (Member.Issue(accountId, organization.Id, email, displayName, MemberType.Administrator, language, credential, now), null, new RevealedSecret(password));
        }

        var token = SecretToken.Issue(accountId.Value, _secrets);
        var account = Member.Invite(accountId, organization.Id, email, displayName, MemberType.Administrator, false, language, token.Hash, null, _options.Invitations, now);
        return (account, InvitationMail.For(account, organization.Name, _options.PortalName, token.Token, _secrets, now), null);
    }

    private Result<(EmailAddress Email, string DisplayName, string Language)> ValidateAdministrator(FoundingAdministrator administrator)
    {
        var errors = new List<Error>();
        var email = EmailAddress.Parse(administrator.Email, "administrator.email", _options.Email.MaxLength);
        errors.AddRange(email.Errors);
        TextValidation.Check(administrator.DisplayName, _options.DisplayName, "administrator.displayName", errors);
        var language = administrator.Language ?? _options.DefaultLanguage;
        if (!Language.IsSupported(language))
        {
            errors.Add(FieldErrors.Unsupported.Error("administrator.language"));
        }

        if (!Enum.IsDefined(administrator.Provisioning))
        {
            errors.Add(FieldErrors.Unsupported.Error("administrator.provisioning"));
        }

        return errors.Count == 0
            ? (email.Value, administrator.DisplayName!, language)
            : Result.Failure<(EmailAddress, string, string)>([.. errors]);
    }

    private async ValueTask<Error?> AuthorizeUnitRegistrationAsync(ActorRef actor, OrganizationSnapshot headOffice, CancellationToken cancellationToken)
    {
        switch (actor.Kind)
        {
            case ActorKind.Operator or ActorKind.System:
                return null;
            case ActorKind.Member when actor.MemberId is { } actorId:
                var account = await _accounts.FindAsync(actorId, cancellationToken).ConfigureAwait(false);
                return account is null
                    ? PermissionErrors.ActorUnknown.Error(actor.Id)
                    : AccessRules.Check(account, headOffice, PermissionAction.RegisterUnits, _options.Permissions, _options.ManagementScope);
            default:
                return PermissionErrors.Denied.Error(nameof(PermissionAction.RegisterUnits));
        }
    }

    private ValueTask<Result<OrganizationSnapshot>> ChangeAsync(
        MemberId actorId,
        OrganizationId organizationId,
        PermissionAction permission,
        string action,
        Func<Organization, Result<Organization>> change,
        CancellationToken cancellationToken)
    {
        TypedId.ThrowIfEmpty(actorId);
        TypedId.ThrowIfEmpty(organizationId);
        var scope = new AuditScope(_clock.GetCurrentInstant(), ActorRef.Member(actorId), action, organizationId.ToString(), organizationId);
        return OptimisticRetry.RunAsync(
            (Service: this, ActorId: actorId, Permission: permission, Change: change, Scope: scope),
            static (state, token) => state.Service.TryChangeAsync(state.ActorId, state.Permission, state.Change, state.Scope, token),
            _options.MaxCommitAttempts,
            _audit,
            scope,
            cancellationToken);
    }

    private async ValueTask<Attempt<OrganizationSnapshot>> TryChangeAsync(MemberId actorId, PermissionAction permission, Func<Organization, Result<Organization>> change, AuditScope scope, CancellationToken cancellationToken)
    {
        var actor = await _accounts.FindAsync(actorId, cancellationToken).ConfigureAwait(false);
        var organization = await _organizations.FindAsync(scope.OrganizationId!.Value, cancellationToken).ConfigureAwait(false);
        var denied = actor is null ? PermissionErrors.ActorUnknown.Error(actorId.ToString())
            : organization is null ? OrganizationErrors.NotFound.Error(scope.Target)
            : AccessRules.Check(actor, organization, permission, _options.Permissions, _options.ManagementScope);
        if (denied is not null)
        {
            return await _audit.RefuseAsync<OrganizationSnapshot>(denied, scope, cancellationToken).ConfigureAwait(false);
        }

        var changed = change(Organization.FromSnapshot(organization!));
        if (changed.IsFailure)
        {
            return await _audit.RefuseAsync(Result.Failure<OrganizationSnapshot>(changed.Errors), scope, cancellationToken).ConfigureAwait(false);
        }

        var snapshot = changed.Value.ToSnapshot();
        var commit = await _unitOfWork.CommitAsync(new ChangeSet { Organizations = [snapshot], Audit = [scope.Succeeded()] }, cancellationToken).ConfigureAwait(false);
        return commit.IsCommitted ? Result.Success(snapshot with { Version = snapshot.Version + 1 }) : Attempt<OrganizationSnapshot>.Conflict;
    }
}
