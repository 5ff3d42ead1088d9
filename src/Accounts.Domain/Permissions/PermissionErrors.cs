using Accounts.Messages;
using Accounts.Results;

namespace Accounts.Permissions;

/// <summary>The codes of access checks.</summary>
public static class PermissionErrors
{
    /// <summary><c>permission.denied</c>: the actor's member type may not perform the action.</summary>
    public static MessageDefinition Denied { get; } = new("permission.denied", "Your member type is not allowed to do this.", "この操作を行う権限がありません。", ErrorCategory.Forbidden);

    /// <summary><c>permission.outside_organization</c>: the target belongs to another organization.</summary>
    public static MessageDefinition OutsideOrganization { get; } = new("permission.outside_organization", "You can only act on your own organization.", "自組織以外の情報は操作できません。", ErrorCategory.Forbidden);

    /// <summary><c>permission.actor_inactive</c>: the actor's account is not active.</summary>
    public static MessageDefinition ActorInactive { get; } = new("permission.actor_inactive", "Your account is not active.", "アカウントが有効ではありません。", ErrorCategory.Forbidden);

    /// <summary><c>permission.actor_unknown</c>: no account has the actor's identifier.</summary>
    public static MessageDefinition ActorUnknown { get; } = new("permission.actor_unknown", "You are not signed in with a known account.", "アカウントを確認できません。", ErrorCategory.Unauthenticated);

    /// <summary>Every definition of this group.</summary>
    public static IReadOnlyList<MessageDefinition> All { get; } = [Denied, OutsideOrganization, ActorInactive, ActorUnknown];
}
