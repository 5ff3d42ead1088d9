namespace Accounts.Members;

/// <summary>The audit actions of members and invitations (利用履歴の追跡).</summary>
public static class MemberAuditActions
{
    /// <summary>A person was invited.</summary>
    public const string Invite = "member.invite";

    /// <summary>An invitation was accepted.</summary>
    public const string AcceptInvitation = "member.accept_invitation";

    /// <summary>An invitation was sent again.</summary>
    public const string ResendInvitation = "member.resend_invitation";

    /// <summary>An invitation was withdrawn.</summary>
    public const string RevokeInvitation = "member.revoke_invitation";

    /// <summary>A member's type was changed.</summary>
    public const string ChangeType = "member.change_type";

    /// <summary>A member was disabled.</summary>
    public const string Disable = "member.disable";

    /// <summary>A member was enabled.</summary>
    public const string Enable = "member.enable";

    /// <summary>A member was deleted.</summary>
    public const string Delete = "member.delete";

    /// <summary>An organization's members were listed.</summary>
    public const string List = "member.list";

    /// <summary>Every action of this group.</summary>
    public static IReadOnlyList<string> All { get; } = [Invite, AcceptInvitation, ResendInvitation, RevokeInvitation, ChangeType, Disable, Enable, Delete, List];
}
