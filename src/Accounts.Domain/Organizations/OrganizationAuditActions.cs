namespace Accounts.Organizations;

/// <summary>The audit actions of organizations (利用履歴の追跡).</summary>
public static class OrganizationAuditActions
{
    /// <summary>A head office was registered.</summary>
    public const string RegisterHeadOffice = "organization.register_head_office";

    /// <summary>A branch, department or office was registered.</summary>
    public const string RegisterUnit = "organization.register_unit";

    /// <summary>An organization's profile was changed.</summary>
    public const string UpdateProfile = "organization.update_profile";

    /// <summary>An organization's one-time password requirement was changed.</summary>
    public const string ChangeSecuritySettings = "organization.change_security_settings";

    /// <summary>An operator sent an invited administrator's invitation again.</summary>
    public const string ReissueAdministratorInvitation = "organization.reissue_administrator_invitation";

    /// <summary>Every action of this group.</summary>
    public static IReadOnlyList<string> All { get; } = [RegisterHeadOffice, RegisterUnit, UpdateProfile, ChangeSecuritySettings, ReissueAdministratorInvitation];
}
