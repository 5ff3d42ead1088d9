using Accounts.Auditing;
using Accounts.Identifiers;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Passwords;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.SignIn;
using Accounts.Text;
using Accounts.UseCases;
using Ardalis.GuardClauses;

namespace Accounts.Organizations;

/// <summary>
/// The use cases of organizations: register a head office or a unit with its
/// first administrator, update the profile, set the one-time password requirement.
/// </summary>
public sealed class OrganizationService
{
    private readonly UseCasePipeline _pipeline;
    private readonly IOrganizationCodeGenerator _codes;
    private readonly IPasswordHasher _hasher;

    internal OrganizationService(UseCasePipeline pipeline, IOrganizationCodeGenerator codes, IPasswordHasher hasher) =>
        (_pipeline, _codes, _hasher) = (pipeline, codes, hasher);

    /// <summary>
    /// Registers a head office with its first administrator. Every invalid field of the form
    /// is reported at once. The portal issues the organization's code.
    /// </summary>
    /// <remarks>
    /// Only an operator or the portal itself registers directly: the call answers whether an
    /// address is taken and mails the first administrator, which nobody unauthenticated may
    /// trigger. A person registering their own organization goes through the verified-address
    /// onboarding, which calls this as the system once the address is proven.
    /// </remarks>
    /// <param name="command">The form and the first administrator.</param>
    /// <param name="registeredBy">An operator, or <see cref="ActorRef.System"/>; anyone else gets <c>permission.denied</c> before the form is read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="registeredBy"/> is <c>default(ActorRef)</c>.</exception>
    public ValueTask<Result<OrganizationRegistered>> RegisterHeadOfficeAsync(RegisterOrganization command, ActorRef registeredBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ActorRef.ThrowIfUndefined(registeredBy);
        return RegisterAsync(null, OrganizationKind.HeadOffice, command, new UseCaseRequest(registeredBy, OrganizationAuditActions.RegisterHeadOffice, string.Empty), cancellationToken);
    }

    /// <summary>
    /// Sends an invited administrator's invitation again, as an operator: the way back for an
    /// organization whose founding invitation expired before anyone accepted it, when nobody in
    /// the organization can resend it. A new token and a fresh lifetime; the old link stops
    /// working; audited with the operator as actor.
    /// </summary>
    /// <param name="administratorId">The invited administrator.</param>
    /// <param name="issuedBy">An operator, or <see cref="ActorRef.System"/>; anyone else gets <c>permission.denied</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invitation, or <c>member.not_found</c>, or <c>invitation.not_pending</c> when the member is not an administrator who has yet to accept.</returns>
    /// <exception cref="ArgumentException"><paramref name="issuedBy"/> is <c>default(ActorRef)</c>.</exception>
    public ValueTask<Result<InvitationSent>> ReissueAdministratorInvitationAsync(MemberId administratorId, ActorRef issuedBy, CancellationToken cancellationToken = default)
    {
        Guard.Against.EmptyId(administratorId);
        ActorRef.ThrowIfUndefined(issuedBy);
        return _pipeline.RunAsync(
            new UseCaseRequest(issuedBy, OrganizationAuditActions.ReissueAdministratorInvitation, administratorId.ToString()),
            administratorId,
            static (administratorId, run, token) => ReissueOnceAsync(administratorId, run, token),
            cancellationToken);
    }

    /// <summary>
    /// Registers a branch, department or office under a registered head office, with
    /// its first administrator. A member needs the "register units" permission on the head
    /// office; operators and the system may always; anonymous callers may not.
    /// </summary>
    /// <param name="headOfficeId">The head office.</param>
    /// <param name="kind">Branch, department or office.</param>
    /// <param name="command">The form and the first administrator.</param>
    /// <param name="registeredBy">Who registers.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="registeredBy"/> is <c>default(ActorRef)</c>.</exception>
    public ValueTask<Result<OrganizationRegistered>> RegisterUnitAsync(OrganizationId headOfficeId, OrganizationKind kind, RegisterOrganization command, ActorRef registeredBy, CancellationToken cancellationToken = default)
    {
        Guard.Against.EmptyId(headOfficeId);
        ArgumentNullException.ThrowIfNull(command);
        ActorRef.ThrowIfUndefined(registeredBy);
        return RegisterAsync(headOfficeId, kind, command, new UseCaseRequest(registeredBy, OrganizationAuditActions.RegisterUnit, string.Empty, headOfficeId), cancellationToken);
    }

    /// <summary>Replaces an organization's profile; every invalid field is reported at once.</summary>
    /// <param name="actorId">The acting administrator.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="profile">The new profile.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OrganizationSnapshot>> UpdateProfileAsync(MemberId actorId, OrganizationId organizationId, OrganizationProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return ChangeAsync(actorId, organizationId, PermissionAction.EditOrganizationProfile, OrganizationAuditActions.UpdateProfile, profile, static (organization, profile, policies) => organization.UpdateProfile(profile, policies.Profile), cancellationToken);
    }

    /// <summary>Turns the organization's one-time password requirement on or off; <c>otp.disabled</c> when the portal does not offer one-time passwords.</summary>
    /// <param name="actorId">The acting administrator.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="required">Whether sign-in needs a one-time password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OrganizationSnapshot>> RequireOneTimePasswordAsync(MemberId actorId, OrganizationId organizationId, bool required, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorId, organizationId, PermissionAction.ManageSecuritySettings, OrganizationAuditActions.ChangeSecuritySettings, required, static (organization, required, policies) =>
            required && !policies.OneTimePasswordsEnabled
                ? OneTimePasswordErrors.Disabled.Error(ProfileFields.RequiresOneTimePassword)
                : organization.RequireOneTimePassword(required), cancellationToken);

    private ValueTask<Result<OrganizationRegistered>> RegisterAsync(OrganizationId? headOfficeId, OrganizationKind kind, RegisterOrganization command, UseCaseRequest request, CancellationToken cancellationToken) =>
        _pipeline.RunAsync(
            request,
            (Service: this, HeadOfficeId: headOfficeId, Kind: kind, Command: command),
            static (state, run, token) => state.Service.RegisterOnceAsync(state.HeadOfficeId, state.Kind, state.Command, run, token),
            cancellationToken);

    /// <summary>Registers an organization inside another use case's run (onboarding completion): the same checks, the writes joined to that run's commit.</summary>
    internal ValueTask<Outcome<OrganizationRegistered>> RegisterWithinAsync(OrganizationId? headOfficeId, OrganizationKind kind, RegisterOrganization command, UseCaseRun run, CancellationToken cancellationToken) =>
        RegisterOnceAsync(headOfficeId, kind, command, run, cancellationToken);

    /// <summary>
    /// Gives a registered organization its first administrator inside another use case's run
    /// (onboarding's web-user application): the administrator's fields checked, the address
    /// unique, the seat counted.
    /// </summary>
    internal async ValueTask<Outcome<(MemberId AdministratorId, RevealedSecret? InitialPassword, string? UserId)>> ProvisionFirstAdministratorWithinAsync(OrganizationSnapshot organization, FoundingAdministrator founding, UseCaseRun run, CancellationToken cancellationToken)
    {
        var administrator = ValidateAdministrator(founding, run.Policies);
        if (administrator.IsFailure)
        {
            return Outcome<(MemberId, RevealedSecret?, string?)>.Refuse(administrator.Errors);
        }

        var (email, displayName, language) = administrator.Value;
        if (await IsAddressTakenAsync(email, run, cancellationToken).ConfigureAwait(false))
        {
            return MemberErrors.EmailTaken.Error("administrator.email");
        }

        var userId = await UserIdAllocation.NextAsync(organization, run, "administrator", cancellationToken).ConfigureAwait(false);
        if (userId.IsFailure)
        {
            return Outcome<(MemberId, RevealedSecret?, string?)>.Refuse(userId.Errors);
        }

        var memberId = TypedId.New<MemberId>(run.Secrets, run.Now);
        var owner = Organization.FromSnapshot(organization);
        var (member, mail, initialPassword) = ProvisionAdministrator(founding.Provisioning, memberId, owner, email, displayName, language, userId.Value, run);
        var seated = run.ChangeMember(owner, null, member);
        if (seated.IsFailure)
        {
            return Outcome<(MemberId, RevealedSecret?, string?)>.Refuse(seated.Errors);
        }

        if (mail is not null)
        {
            run.Mail(mail);
        }

        run.OnDuplicate(MemberSnapshot.EmailKey, MemberErrors.EmailTaken, "administrator.email");
        return (memberId, initialPassword, userId.Value);
    }

    private async ValueTask<Outcome<OrganizationRegistered>> RegisterOnceAsync(OrganizationId? headOfficeId, OrganizationKind kind, RegisterOrganization command, UseCaseRun run, CancellationToken cancellationToken)
    {
        Organization? headOffice = null;
        if (headOfficeId is null && !IsOperatorOrSystem(run.Actor))
        {
            return PermissionErrors.Denied.Error(nameof(OrganizationKind.HeadOffice));
        }

        if (headOfficeId is { } parentId)
        {
            var parent = await AuthorizeUnitRegistrationAsync(parentId, run, cancellationToken).ConfigureAwait(false);
            if (parent.IsFailure)
            {
                return Outcome<OrganizationRegistered>.Refuse(parent.Errors);
            }

            headOffice = Organization.FromSnapshot(parent.Value);
        }

        // The form is checked before a code is drawn: a portal's code sequence loses no numbers to bad input.
        var policies = run.Policies;
        var administrator = ValidateAdministrator(command.Administrator, policies);
        var formErrors = Organization.Validate(command.Organization, policies.Profile, policies.Email);
        if (formErrors.Count > 0 || administrator.IsFailure)
        {
            return Outcome<OrganizationRegistered>.Refuse([.. formErrors, .. administrator.Errors]);
        }

        if (command.Organization.RequiresOneTimePassword && !policies.OneTimePasswordsEnabled)
        {
            return OneTimePasswordErrors.Disabled.Error(ProfileFields.RequiresOneTimePassword);
        }

        var (email, displayName, language) = administrator.Value;
        if (await IsAddressTakenAsync(email, run, cancellationToken).ConfigureAwait(false))
        {
            return MemberErrors.EmailTaken.Error("administrator.email");
        }

        var id = TypedId.New<OrganizationId>(run.Secrets, run.Now);
        var code = await _codes.NextAsync(kind, headOffice?.Code, cancellationToken).ConfigureAwait(false);
        run.Target = id.ToString();
        run.OrganizationId = id;
        var registered = headOffice is null
            ? Organization.RegisterHeadOffice(id, code, command.Organization, policies.Profile, policies.Email, run.Now)
            : headOffice.RegisterUnit(kind, id, code, command.Organization, policies.Profile, policies.Email, run.Now);
        if (registered.IsFailure)
        {
            return Outcome<OrganizationRegistered>.Refuse(registered.Errors);
        }

        var memberId = TypedId.New<MemberId>(run.Secrets, run.Now);
        var userId = UserIdAllocation.First(code, run);
        var (member, mail, initialPassword) = ProvisionAdministrator(command.Administrator.Provisioning, memberId, registered.Value, email, displayName, language, userId, run);
        var seated = run.ChangeMember(registered.Value, null, member);
        if (seated.IsFailure)
        {
            return Outcome<OrganizationRegistered>.Refuse(seated.Errors);
        }

        if (mail is not null)
        {
            run.Mail(mail);
        }

        run.OnDuplicate(OrganizationSnapshot.CodeKey, OrganizationErrors.CodeUnavailable, "organizationCode", retry: true);
        run.OnDuplicate(MemberSnapshot.EmailKey, MemberErrors.EmailTaken, "administrator.email");
        var warnings = policies.Email.Advise(email, flaggedShared: false, "administrator.email");
        if (command.Organization.Manager is { } manager && EmailAddress.Parse(manager.Email, ProfileFields.ManagerEmail, policies.Email.MaxLength) is { IsSuccess: true } managerEmail)
        {
            warnings = warnings.AddRange(policies.Email.Advise(managerEmail.Value, flaggedShared: false, ProfileFields.ManagerEmail));
        }

        return Outcome<OrganizationRegistered>.Success(new OrganizationRegistered(id, code, memberId, member.Invitation?.ExpiresAt, initialPassword, userId), warnings);
    }

    private (Member Member, OutboxMessage? Mail, RevealedSecret? InitialPassword) ProvisionAdministrator(
        AdministratorProvisioning provisioning,
        MemberId memberId,
        Organization organization,
        EmailAddress email,
        string displayName,
        string language,
        string? userId,
        UseCaseRun run)
    {
        var policies = run.Policies;
        if (provisioning == AdministratorProvisioning.InitialPassword)
        {
            var password = InitialPasswordGenerator.Generate(policies.Passwords, run.Secrets, emailLocalPart: email.LocalPart.ToString());
            var credential = PasswordHistory.NewCredential(_hasher.Hash(password), run.Now, mustChange: true);
            return (Member.Issue(memberId, organization.Id, email, displayName, MemberType.Administrator, language, credential, run.Now).WithUserId(userId), null, new RevealedSecret(password));
        }

        var invitation = SecretToken.Issue(memberId.Value, run.Secrets);
        var member = Member.Invite(memberId, organization.Id, email, displayName, MemberType.Administrator, false, language, invitation.Hash, null, policies.Invitations, run.Now).WithUserId(userId);
        return (member, InvitationMail.For(member, organization.Name, policies.PortalName, invitation.Token, run.Secrets, run.Now), null);
    }

    /// <summary>Whether another account signs in with the address; on a portal that issues user IDs, addresses are contact addresses and never taken.</summary>
    private static async ValueTask<bool> IsAddressTakenAsync(EmailAddress email, UseCaseRun run, CancellationToken cancellationToken) =>
        !run.Policies.SignInIdentifier.IssuesUserIds
        && await run.Store.FindMemberByEmailAsync(email.Value, cancellationToken).ConfigureAwait(false) is not null;

    private static Result<(EmailAddress Email, string DisplayName, string Language)> ValidateAdministrator(FoundingAdministrator administrator, DependencyInjection.AccountsPolicies policies)
    {
        var errors = new List<Error>();
        var email = EmailAddress.Parse(administrator.Email, "administrator.email", policies.Email.MaxLength);
        errors.AddRange(email.Errors);
        TextValidation.Check(administrator.DisplayName, policies.DisplayName, "administrator.displayName", errors);
        var language = administrator.Language ?? policies.DefaultLanguage;
        if (!Messages.Language.IsSupported(language))
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

    private static async ValueTask<Result<OrganizationSnapshot>> AuthorizeUnitRegistrationAsync(OrganizationId headOfficeId, UseCaseRun run, CancellationToken cancellationToken)
    {
        if (run.Actor.Kind == ActorKind.Member)
        {
            var access = await run.AuthorizeAsync(headOfficeId, PermissionAction.RegisterUnits, cancellationToken).ConfigureAwait(false);
            if (access.IsFailure && access.FirstError!.Code == OrganizationErrors.NotFound.Code)
            {
                return OrganizationErrors.HeadOfficeRequired.Error(headOfficeId.ToString());
            }

            return access.Map(a => a.Organization);
        }

        var parent = await run.Store.FindOrganizationAsync(headOfficeId, cancellationToken).ConfigureAwait(false);
        if (parent is null)
        {
            return OrganizationErrors.HeadOfficeRequired.Error(headOfficeId.ToString());
        }

        return IsOperatorOrSystem(run.Actor)
            ? parent
            : PermissionErrors.Denied.Error(nameof(PermissionAction.RegisterUnits));
    }

    private static bool IsOperatorOrSystem(ActorRef actor) => actor.Kind is ActorKind.Operator or ActorKind.System;

    private static async ValueTask<Outcome<InvitationSent>> ReissueOnceAsync(MemberId administratorId, UseCaseRun run, CancellationToken cancellationToken)
    {
        if (!IsOperatorOrSystem(run.Actor))
        {
            return PermissionErrors.Denied.Error(OrganizationAuditActions.ReissueAdministratorInvitation);
        }

        var snapshot = await run.Store.FindMemberAsync(administratorId, cancellationToken).ConfigureAwait(false);
        var organization = snapshot is null ? null : await run.Store.FindOrganizationAsync(snapshot.OrganizationId, cancellationToken).ConfigureAwait(false);
        if (snapshot is null || organization is null)
        {
            return MemberErrors.NotFound.Error(run.Target);
        }

        run.OrganizationId = organization.Id;
        if (snapshot is not { Type: MemberType.Administrator, Status: MemberStatus.Invited })
        {
            return MemberErrors.InvitationNotPending.Error(run.Target);
        }

        return InvitationService.Resend(snapshot, organization, run.Policies.PortalName, run);
    }

    private ValueTask<Result<OrganizationSnapshot>> ChangeAsync<TInput>(
        MemberId actorId,
        OrganizationId organizationId,
        PermissionAction permission,
        string action,
        TInput input,
        Func<Organization, TInput, DependencyInjection.AccountsPolicies, Result<Organization>> change,
        CancellationToken cancellationToken)
    {
        Guard.Against.EmptyId(actorId);
        Guard.Against.EmptyId(organizationId);
        return _pipeline.RunForOrganizationAsync(
            new UseCaseRequest(ActorRef.Member(actorId), action, organizationId.ToString(), organizationId),
            organizationId,
            permission,
            (Input: input, Change: change),
            static (state, access, run, token) =>
            {
                var changed = state.Change(Organization.FromSnapshot(access.Organization), state.Input, run.Policies);
                if (changed.IsFailure)
                {
                    return new ValueTask<Outcome<OrganizationSnapshot>>(Outcome<OrganizationSnapshot>.Refuse(changed.Errors));
                }

                var snapshot = changed.Value.ToSnapshot();
                run.Save(snapshot);
                return new ValueTask<Outcome<OrganizationSnapshot>>(OrganizationSnapshot.Aggregate.WithVersion(snapshot, snapshot.Version + 1));
            },
            cancellationToken);
    }
}
