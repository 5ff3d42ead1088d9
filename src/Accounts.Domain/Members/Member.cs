using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.Secrets;
using Accounts.SignIn;
using Accounts.Workflows;
using NodaTime;

namespace Accounts.Members;

/// <summary>
/// A member: one person's personal account on the portal, in one organization,
/// identified by e-mail, with a type, a state and a credential. Immutable: every change
/// returns a new member, and every change goes through an intention-revealing method: the
/// lifecycle table for the member's state, the password and sign-in rules for its credential.
/// </summary>
internal sealed class Member
{
    private readonly MemberSnapshot _state;

    private Member(MemberSnapshot state) => _state = state;

    public MemberId Id => _state.Id;

    public OrganizationId OrganizationId => _state.OrganizationId;

    public string Email => _state.Email;

    /// <summary>The user ID the portal issued for signing in, or <see langword="null"/> when the person signs in with the address.</summary>
    public string? UserId => _state.UserId;

    /// <summary>What the person signs in with: the issued user ID, or the address when there is none.</summary>
    public string SignInName => _state.UserId ?? _state.Email;

    public string DisplayName => _state.DisplayName;

    public string Language => _state.Language;

    public MemberType Type => _state.Type;

    public MemberStatus Status => _state.Status;

    public InvitationSnapshot? Invitation => _state.Invitation;

    public CredentialSnapshot? Credential => _state.Credential;

    /// <summary>Whether the member may act: active, with a credential.</summary>
    public bool IsActive => _state.Status == MemberStatus.Active && _state.Credential is not null;

    public static Member FromSnapshot(MemberSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new Member(snapshot);
    }

    /// <summary>The new account with the user ID the portal issued it; <see langword="null"/> leaves it signing in with the address.</summary>
    public Member WithUserId(string? userId) => userId is null ? this : new Member(_state with { UserId = userId });

    /// <summary>The state to store; its version is the one read.</summary>
    public MemberSnapshot ToSnapshot() => _state;

    /// <summary>Creates an invited member (<see cref="MemberTrigger.Invite"/> or <see cref="MemberTrigger.RegisterApplicant"/>).</summary>
    public static Member Invite(
        MemberId id,
        OrganizationId organizationId,
        EmailAddress email,
        string displayName,
        MemberType type,
        bool isSharedAddress,
        string language,
        string tokenHash,
        MemberId? invitedBy,
        InvitationPolicy policy,
        Instant now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var invitation = new InvitationSnapshot { TokenHash = tokenHash, InvitedBy = invitedBy, SentAt = now, ExpiresAt = now + policy.Lifetime };
        return new Member(Created(MemberLifecycle.InviteTriggerFor(type), id, organizationId, email, displayName, type, language, now, isSharedAddress, invitation, null));
    }

    /// <summary>Creates an active member that already has a credential (<see cref="MemberTrigger.Issue"/>), for example an administrator ID issued with an initial password.</summary>
    public static Member Issue(MemberId id, OrganizationId organizationId, EmailAddress email, string displayName, MemberType type, string language, CredentialSnapshot credential, Instant now)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new Member(Created(MemberTrigger.Issue, id, organizationId, email, displayName, type, language, now, false, null, credential));
    }

    /// <summary>
    /// Checks an invitation token presented by its holder: <c>invitation.invalid</c> when the
    /// member is not invited or the token does not match, <c>invitation.expired</c> when its
    /// lifetime is over.
    /// </summary>
    /// <returns><see langword="null"/> when the token may be accepted.</returns>
    public Error? CheckInvitation(string presentedHash, Instant now)
    {
        if (_state.Invitation is not { } invitation || !SecretToken.HashesEqual(invitation.TokenHash, presentedHash))
        {
            return MemberErrors.InvitationInvalid.Error("token");
        }

        var fired = Fire(MemberTrigger.Accept, now);
        return fired.IsSuccess ? null : fired.FirstError;
    }

    /// <summary>Accepts the invitation (<see cref="MemberTrigger.Accept"/>): the member becomes active with the credential and the token is spent.</summary>
    public Result<Member> Accept(CredentialSnapshot credential, Instant now)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return Fire(MemberTrigger.Accept, now).Map(t => With(_state with { Status = t.To!.Value, Invitation = null, Credential = credential }));
    }

    /// <summary>Sends the invitation again (<see cref="MemberTrigger.ResendInvitation"/>) with a new token and a new lifetime; the old token stops working.</summary>
    public Result<Member> ResendInvitation(string tokenHash, InvitationPolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Fire(MemberTrigger.ResendInvitation, now).Map(_ => With(_state with
        {
            Invitation = _state.Invitation! with { TokenHash = tokenHash, SentAt = now, ExpiresAt = now + policy.Lifetime, SendCount = _state.Invitation.SendCount + 1 },
        }));
    }

    /// <summary>Changes the type (<see cref="MemberTrigger.ChangeType"/>); the organization reseats the member.</summary>
    public Result<Member> ChangeType(MemberType type, Instant now)
    {
        if (!Enum.IsDefined(type))
        {
            return MemberErrors.TypeInvalid.Error("type");
        }

        if (type == _state.Type)
        {
            return MemberErrors.TypeUnchanged.Error(_state.Id.ToString());
        }

        return Fire(MemberTrigger.ChangeType, now).Map(_ => With(_state with { Type = type }));
    }

    /// <summary>Switches the member off (<see cref="MemberTrigger.Disable"/>).</summary>
    public Result<Member> Disable(Instant now) =>
        Fire(MemberTrigger.Disable, now).Map(t => With(_state with { Status = t.To!.Value }));

    /// <summary>Switches the member on again (<see cref="MemberTrigger.Enable"/>).</summary>
    public Result<Member> Enable(Instant now) =>
        Fire(MemberTrigger.Enable, now).Map(t => With(_state with { Status = t.To!.Value }));

    /// <summary>Checks that the member may end by the trigger (<see cref="MemberTrigger.Delete"/> or <see cref="MemberTrigger.RevokeInvitation"/>).</summary>
    public Result<Member> End(MemberTrigger trigger, Instant now) => Fire(trigger, now).Map(_ => this);

    /// <summary>Decides the password step of a sign-in and returns the member with its sign-in state changed (failed attempts, lockout, last sign-in, a stronger hash).</summary>
    /// <param name="passwordMatches">Whether the password matched the stored hash.</param>
    /// <param name="newHash">A fresh hash of the same password when the stored one used weaker parameters.</param>
    /// <param name="organizationRequiresOneTimePassword">Whether the organization requires a second step.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="passwords">The password policy, for the maximum age.</param>
    /// <param name="lockout">The lockout policy.</param>
    public SignInStep SignInWithPassword(bool passwordMatches, string? newHash, bool organizationRequiresOneTimePassword, Instant now, PasswordPolicy passwords, LockoutPolicy lockout) =>
        Step(SignInRules.DecidePassword(_state, passwordMatches, newHash, organizationRequiresOneTimePassword, now, passwords, lockout));

    /// <summary>Opens the second step of a sign-in: the member keeps the challenge's hash until it expires.</summary>
    public Member AwaitOneTimePassword(string challengeHash, Instant now, OneTimePasswordPolicy policy) =>
        With(_state with { Credential = SignInRules.AwaitOneTimePassword(_state.Credential!, challengeHash, now, policy) });

    /// <summary>Decides the one-time password step of a sign-in.</summary>
    /// <param name="challengeMatches">Whether the presented challenge matched the stored hash.</param>
    /// <param name="matchedStep">The time step the code matched, or <see langword="null"/>.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="passwords">The password policy, for the maximum age.</param>
    /// <param name="lockout">The lockout policy.</param>
    public SignInStep SignInWithOneTimePassword(bool challengeMatches, long? matchedStep, Instant now, PasswordPolicy passwords, LockoutPolicy lockout) =>
        Step(SignInRules.DecideOneTimePassword(_state, challengeMatches, matchedStep, now, passwords, lockout));

    /// <summary>Counts a wrong current password given to change the password as a failed attempt, like a wrong password at sign-in: the account locks at the policy's limit.</summary>
    /// <param name="now">The current instant.</param>
    /// <param name="lockout">The lockout policy.</param>
    /// <returns>The member with the attempt counted, and the instant until which it is locked, if it now is.</returns>
    public (Member Member, Instant? LockedOutUntil) CountFailedPasswordCheck(Instant now, LockoutPolicy lockout)
    {
        var (credential, until) = SignInRules.CountFailure(_state.Credential!, now, lockout);
        return (With(_state with { Credential = credential }), until);
    }

    /// <summary>
    /// Replaces the password: the old hash joins the history, the age
    /// restarts, the change requirement and any lockout end. Only an active member with a
    /// credential changes its password.
    /// </summary>
    public Result<Member> ChangePassword(string newHash, PasswordPolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(newHash);
        ArgumentNullException.ThrowIfNull(policy);
        return IsActive
            ? With(_state with { Credential = PasswordHistory.Rotate(_state.Credential!, newHash, policy, now) })
            : PermissionErrors.ActorInactive.Error(_state.Id.ToString());
    }

    /// <summary>Starts (or restarts) a one-time password enrollment with a protected secret; refused when a confirmed one exists.</summary>
    public Result<Member> BeginOneTimePasswordEnrollment(string protectedSecret, Instant now)
    {
        ArgumentNullException.ThrowIfNull(protectedSecret);
        if (!IsActive)
        {
            return PermissionErrors.ActorInactive.Error(_state.Id.ToString());
        }

        if (_state.Credential!.OneTimePassword is { Confirmed: true })
        {
            return OneTimePasswordErrors.AlreadyEnrolled.Error(_state.Id.ToString());
        }

        var enrollment = new OneTimePasswordSnapshot { ProtectedSecret = protectedSecret, EnrolledAt = now };
        return With(_state with { Credential = _state.Credential with { OneTimePassword = enrollment } });
    }

    /// <summary>Whether the member has an enrollment waiting for its first code: <see langword="null"/> when it may be confirmed, otherwise the refusal.</summary>
    public Error? CheckOneTimePasswordConfirmation()
    {
        if (!IsActive)
        {
            return PermissionErrors.ActorInactive.Error(_state.Id.ToString());
        }

        return _state.Credential!.OneTimePassword switch
        {
            null => OneTimePasswordErrors.NotEnrolled.Error(_state.Id.ToString()),
            { Confirmed: true } => OneTimePasswordErrors.AlreadyEnrolled.Error(_state.Id.ToString()),
            _ => null,
        };
    }

    /// <summary>Confirms the enrollment with the time step of its first accepted code; from then on sign-in asks for a code.</summary>
    public Result<Member> ConfirmOneTimePasswordEnrollment(long acceptedStep)
    {
        var refusal = CheckOneTimePasswordConfirmation();
        if (refusal is not null)
        {
            return refusal;
        }

        var confirmed = _state.Credential!.OneTimePassword! with { Confirmed = true, LastAcceptedTimeStep = acceptedStep };
        return With(_state with { Credential = _state.Credential with { OneTimePassword = confirmed } });
    }

    private SignInStep Step(SignInDecision decision) =>
        new(decision, decision.Credential is { } credential ? With(_state with { Credential = credential }) : null);

    private Result<Transition<MemberStatus, MemberTrigger, MemberLifecycleContext>> Fire(MemberTrigger trigger, Instant now) =>
        MemberLifecycle.Machine.Fire(_state.Status, trigger, new MemberLifecycleContext(now, _state.Invitation?.ExpiresAt));

    private static Member With(MemberSnapshot state) => new(state);

    // The creating triggers of the table decide the first state.
    private static MemberSnapshot Created(
        MemberTrigger trigger,
        MemberId id,
        OrganizationId organizationId,
        EmailAddress email,
        string displayName,
        MemberType type,
        string language,
        Instant now,
        bool isSharedAddress,
        InvitationSnapshot? invitation,
        CredentialSnapshot? credential) => new()
        {
            Id = id,
            OrganizationId = organizationId,
            Email = email.Value,
            DisplayName = displayName,
            Type = type,
            Status = MemberLifecycle.Machine.Fire(null, trigger, new MemberLifecycleContext(now, null)).Value.To!.Value,
            Language = language,
            IsSharedAddress = isSharedAddress,
            Invitation = invitation,
            Credential = credential,
            CreatedAt = now,
        };
}
