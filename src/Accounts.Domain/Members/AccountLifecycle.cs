using Accounts.Permissions;
using Accounts.Workflows;

namespace Accounts.Members;

/// <summary>The life of a personal account as a transition table (DESIGN.md convention 6).</summary>
public static class AccountLifecycle
{
    private static readonly TransitionGuard<AccountLifecycleContext> NotExpired =
        new("invitation not expired", static context => context.InvitationExpiresAt is { } expiry && context.Now < expiry, MemberErrors.InvitationExpired);

    /// <summary>The table. Invited, active and disabled accounts each hold a seat; an account that ends is deleted.</summary>
    public static StateMachine<AccountStatus, AccountTrigger, AccountLifecycleContext> Machine { get; } = new("account",
    [
        new(null, AccountTrigger.Invite, AccountStatus.Invited, PermissionAction.InviteUsers),
        new(null, AccountTrigger.RegisterApplicant, AccountStatus.Invited, PermissionAction.RegisterApplicantUsers),
        new(null, AccountTrigger.Issue, AccountStatus.Active),
        new(AccountStatus.Invited, AccountTrigger.Accept, AccountStatus.Active, Guard: NotExpired),
        new(AccountStatus.Invited, AccountTrigger.ResendInvitation, AccountStatus.Invited, PermissionAction.EditUsers),
        new(AccountStatus.Invited, AccountTrigger.RevokeInvitation, null, PermissionAction.DeleteUsers),
        new(AccountStatus.Invited, AccountTrigger.ChangeType, AccountStatus.Invited, PermissionAction.EditUsers),
        new(AccountStatus.Active, AccountTrigger.ChangeType, AccountStatus.Active, PermissionAction.EditUsers),
        new(AccountStatus.Disabled, AccountTrigger.ChangeType, AccountStatus.Disabled, PermissionAction.EditUsers),
        new(AccountStatus.Active, AccountTrigger.Disable, AccountStatus.Disabled, PermissionAction.EditUsers),
        new(AccountStatus.Disabled, AccountTrigger.Enable, AccountStatus.Active, PermissionAction.EditUsers),
        new(AccountStatus.Invited, AccountTrigger.Delete, null, PermissionAction.DeleteUsers),
        new(AccountStatus.Active, AccountTrigger.Delete, null, PermissionAction.DeleteUsers),
        new(AccountStatus.Disabled, AccountTrigger.Delete, null, PermissionAction.DeleteUsers),
    ]);

    /// <summary>The trigger that creates an invited account of a type: applicants are registered, everyone else invited.</summary>
    /// <param name="type">The invitee's type.</param>
    public static AccountTrigger InviteTriggerFor(AccountType type) =>
        type == AccountType.Applicant ? AccountTrigger.RegisterApplicant : AccountTrigger.Invite;
}
