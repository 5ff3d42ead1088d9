namespace Accounts.Auditing;

/// <summary>The stable names of audited actions (R-ACC-1, 利用履歴の追跡).</summary>
public static class AuditActions
{
    /// <summary>A head office was registered.</summary>
    public const string RegisterHeadOffice = "organization.register_head_office";

    /// <summary>A branch, department or office was registered.</summary>
    public const string RegisterUnit = "organization.register_unit";

    /// <summary>An organization's profile was changed.</summary>
    public const string UpdateProfile = "organization.update_profile";

    /// <summary>An organization's one-time password requirement was changed.</summary>
    public const string ChangeSecuritySettings = "organization.change_security_settings";

    /// <summary>A person was invited.</summary>
    public const string InviteMember = "member.invite";

    /// <summary>An invitation was accepted.</summary>
    public const string AcceptInvitation = "member.accept_invitation";

    /// <summary>An invitation was sent again.</summary>
    public const string ResendInvitation = "member.resend_invitation";

    /// <summary>An invitation was withdrawn.</summary>
    public const string RevokeInvitation = "member.revoke_invitation";

    /// <summary>An account's type was changed.</summary>
    public const string ChangeMemberType = "member.change_type";

    /// <summary>An account was disabled.</summary>
    public const string DisableMember = "member.disable";

    /// <summary>An account was enabled.</summary>
    public const string EnableMember = "member.enable";

    /// <summary>An account was deleted.</summary>
    public const string DeleteMember = "member.delete";

    /// <summary>An organization's members were listed.</summary>
    public const string ListMembers = "member.list";

    /// <summary>An action was checked for a host (for example "use services").</summary>
    public const string Authorize = "access.authorize";

    /// <summary>An account was issued with an initial password.</summary>
    public const string IssueMember = "member.issue";

    /// <summary>A sign-in attempt with e-mail and password.</summary>
    public const string SignIn = "signin.password";

    /// <summary>The second step of a sign-in, with a one-time password.</summary>
    public const string SignInOneTimePassword = "signin.one_time_password";

    /// <summary>A password was changed.</summary>
    public const string ChangePassword = "password.change";

    /// <summary>One-time password enrollment was started.</summary>
    public const string BeginOneTimePasswordEnrollment = "otp.begin_enrollment";

    /// <summary>One-time password enrollment was confirmed with a first code.</summary>
    public const string ConfirmOneTimePasswordEnrollment = "otp.confirm_enrollment";
}
