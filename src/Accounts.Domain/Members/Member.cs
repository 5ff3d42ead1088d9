using Accounts.Organizations;
using Accounts.Results;
using Accounts.Secrets;
using Accounts.Workflows;
using NodaTime;

namespace Accounts.Members;

/// <summary>
/// A personal account (R-ACC-1): one person, identified by e-mail, belonging to one
/// organization, with a type and a state. Immutable: every change returns a new account and
/// goes through <see cref="MemberLifecycle"/>.
/// </summary>
public sealed class Member
{
    private readonly MemberSnapshot _state;

    private Member(MemberSnapshot state) => _state = state;

    /// <summary>The identifier.</summary>
    public MemberId Id => _state.Id;

    /// <summary>The organization.</summary>
    public OrganizationId OrganizationId => _state.OrganizationId;

    /// <summary>The normalized e-mail address.</summary>
    public string Email => _state.Email;

    /// <summary>The person's name.</summary>
    public string DisplayName => _state.DisplayName;

    /// <summary>The type.</summary>
    public MemberType Type => _state.Type;

    /// <summary>The state.</summary>
    public MemberStatus Status => _state.Status;

    /// <summary>The pending invitation, while invited.</summary>
    public InvitationSnapshot? Invitation => _state.Invitation;

    /// <summary>The credential, once set.</summary>
    public CredentialSnapshot? Credential => _state.Credential;

    /// <summary>Rebuilds an account from its stored state.</summary>
    /// <param name="snapshot">The stored state.</param>
    public static Member FromSnapshot(MemberSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new Member(snapshot);
    }

    /// <summary>The state to store; its version is the one read.</summary>
    public MemberSnapshot ToSnapshot() => _state;

    /// <summary>Creates an invited account (<see cref="MemberTrigger.Invite"/> or <see cref="MemberTrigger.RegisterApplicant"/>).</summary>
    /// <param name="id">The new identifier.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="email">The person's address.</param>
    /// <param name="displayName">The person's validated name.</param>
    /// <param name="type">The type.</param>
    /// <param name="isSharedAddress">Whether the address is shared by several people.</param>
    /// <param name="language">The language of the person's mail.</param>
    /// <param name="tokenHash">The hash of the invitation token.</param>
    /// <param name="invitedBy">The inviting administrator; <see langword="null"/> when the portal invites.</param>
    /// <param name="policy">The invitation policy, for the lifetime.</param>
    /// <param name="now">The current instant.</param>
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

    /// <summary>Creates an active account that already has a credential (<see cref="MemberTrigger.Issue"/>), for example an administrator ID issued with an initial password.</summary>
    /// <param name="id">The new identifier.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="email">The person's address.</param>
    /// <param name="displayName">The person's validated name.</param>
    /// <param name="type">The type.</param>
    /// <param name="language">The language of the person's mail.</param>
    /// <param name="credential">The credential.</param>
    /// <param name="now">The current instant.</param>
    public static Member Issue(MemberId id, OrganizationId organizationId, EmailAddress email, string displayName, MemberType type, string language, CredentialSnapshot credential, Instant now)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new Member(Created(MemberTrigger.Issue, id, organizationId, email, displayName, type, language, now, false, null, credential));
    }

    /// <summary>
    /// Checks an invitation token presented by its holder: <c>invitation.invalid</c> when the
    /// account is not invited or the token does not match, <c>invitation.expired</c> when its
    /// lifetime is over.
    /// </summary>
    /// <param name="presentedHash">The hash of the presented token.</param>
    /// <param name="now">The current instant.</param>
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

    /// <summary>Accepts the invitation (<see cref="MemberTrigger.Accept"/>): the account becomes active with the person's credential and the token is spent.</summary>
    /// <param name="credential">The credential the person chose.</param>
    /// <param name="now">The current instant.</param>
    public Result<Member> Accept(CredentialSnapshot credential, Instant now)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return Fire(MemberTrigger.Accept, now).Map(t => With(_state with { Status = t.To!.Value, Invitation = null, Credential = credential }));
    }

    /// <summary>Sends the invitation again (<see cref="MemberTrigger.ResendInvitation"/>) with a new token and a new lifetime; the old token stops working.</summary>
    /// <param name="tokenHash">The hash of the new token.</param>
    /// <param name="policy">The invitation policy.</param>
    /// <param name="now">The current instant.</param>
    public Result<Member> ResendInvitation(string tokenHash, InvitationPolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Fire(MemberTrigger.ResendInvitation, now).Map(_ => With(_state with
        {
            Invitation = _state.Invitation! with { TokenHash = tokenHash, SentAt = now, ExpiresAt = now + policy.Lifetime, SendCount = _state.Invitation.SendCount + 1 },
        }));
    }

    /// <summary>Changes the type (<see cref="MemberTrigger.ChangeType"/>); the organization's seats are the caller's concern.</summary>
    /// <param name="type">The new type.</param>
    /// <param name="now">The current instant.</param>
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

    /// <summary>Switches the account off (<see cref="MemberTrigger.Disable"/>).</summary>
    /// <param name="now">The current instant.</param>
    public Result<Member> Disable(Instant now) =>
        Fire(MemberTrigger.Disable, now).Map(t => With(_state with { Status = t.To!.Value }));

    /// <summary>Switches the account on again (<see cref="MemberTrigger.Enable"/>).</summary>
    /// <param name="now">The current instant.</param>
    public Result<Member> Enable(Instant now) =>
        Fire(MemberTrigger.Enable, now).Map(t => With(_state with { Status = t.To!.Value }));

    /// <summary>Checks that the account may end by the trigger (<see cref="MemberTrigger.Delete"/> or <see cref="MemberTrigger.RevokeInvitation"/>).</summary>
    /// <param name="trigger">The ending trigger.</param>
    /// <param name="now">The current instant.</param>
    public Result<Member> End(MemberTrigger trigger, Instant now) => Fire(trigger, now).Map(_ => this);

    /// <summary>Returns the account with another credential state, for sign-in and password changes.</summary>
    /// <param name="credential">The new credential state.</param>
    public Member WithCredential(CredentialSnapshot credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return With(_state with { Credential = credential });
    }

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
