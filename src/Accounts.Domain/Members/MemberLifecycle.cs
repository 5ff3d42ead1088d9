using Accounts.Operators;
using Accounts.Permissions;
using Accounts.Workflows;

namespace Accounts.Members;

/// <summary>The life of a personal account as a transition table.</summary>
public static class MemberLifecycle
{
    private static readonly TransitionGuard<MemberLifecycleContext> NotExpired =
        new("invitation not expired", static context => context.InvitationExpiresAt is { } expiry && context.Now < expiry, MemberErrors.InvitationExpired);

    /// <summary>The table. Invited, active and disabled accounts each hold a seat; an account that ends is deleted.</summary>
    public static StateMachine<MemberStatus, MemberTrigger, MemberLifecycleContext> Machine { get; } = new("account",
    [
        new(null, MemberTrigger.Invite, MemberStatus.Invited, PermissionAction.InviteMembers),
        new(null, MemberTrigger.RegisterApplicant, MemberStatus.Invited, PermissionAction.RegisterApplicants),
        new(null, MemberTrigger.Issue, MemberStatus.Active, Firer.Operator(OperatorAction.RegisterOrganizations)),
        new(MemberStatus.Invited, MemberTrigger.Accept, MemberStatus.Active, Firer.TokenHolder, NotExpired),
        new(MemberStatus.Invited, MemberTrigger.ResendInvitation, MemberStatus.Invited, PermissionAction.EditMembers),
        new(MemberStatus.Invited, MemberTrigger.RevokeInvitation, null, PermissionAction.DeleteMembers),
        new(MemberStatus.Invited, MemberTrigger.ChangeType, MemberStatus.Invited, PermissionAction.EditMembers),
        new(MemberStatus.Active, MemberTrigger.ChangeType, MemberStatus.Active, PermissionAction.EditMembers),
        new(MemberStatus.Disabled, MemberTrigger.ChangeType, MemberStatus.Disabled, PermissionAction.EditMembers),
        new(MemberStatus.Active, MemberTrigger.Disable, MemberStatus.Disabled, PermissionAction.EditMembers),
        new(MemberStatus.Disabled, MemberTrigger.Enable, MemberStatus.Active, PermissionAction.EditMembers),
        new(MemberStatus.Invited, MemberTrigger.Delete, null, PermissionAction.DeleteMembers),
        new(MemberStatus.Active, MemberTrigger.Delete, null, PermissionAction.DeleteMembers),
        new(MemberStatus.Disabled, MemberTrigger.Delete, null, PermissionAction.DeleteMembers),
    ]);

    /// <summary>The permission an administrator needs to fire a trigger.</summary>
    /// <param name="trigger">A trigger an administrator fires.</param>
    /// <exception cref="ArgumentException">The trigger needs no member permission.</exception>
    public static PermissionAction PermissionFor(MemberTrigger trigger) =>
        Machine.PermissionFor(trigger) ?? throw new ArgumentException($"{trigger} is not fired by an administrator.", nameof(trigger));

    /// <summary>The trigger that creates an invited member of a type: applicants are registered, everyone else invited.</summary>
    /// <param name="type">The invitee's type.</param>
    public static MemberTrigger InviteTriggerFor(MemberType type) =>
        type == MemberType.Applicant ? MemberTrigger.RegisterApplicant : MemberTrigger.Invite;
}
