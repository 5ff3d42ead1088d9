namespace Accounts.Permissions;

/// <summary>
/// What a person may do, column by column of the permission matrix. At most 16 actions
/// fit the matrix's layout; values are stable.
/// </summary>
public enum PermissionAction
{
    /// <summary>Use the services the organization has (サービス利用).</summary>
    UseServices = 0,

    /// <summary>Apply for a new service for the organization (サービス申込).</summary>
    ApplyForServices = 1,

    /// <summary>Submit business applications, such as NEXI insurance applications (保険申込).</summary>
    SubmitApplications = 2,

    /// <summary>Invite administrators, general users and external users (ユーザ招待).</summary>
    InviteMembers = 3,

    /// <summary>Register applicant users, NEXI's applicant IDs (申込者用ID登録).</summary>
    RegisterApplicants = 4,

    /// <summary>Edit members: change type, disable, enable, resend invitations (ユーザ編集).</summary>
    EditMembers = 5,

    /// <summary>Delete members and revoke invitations (ユーザ削除).</summary>
    DeleteMembers = 6,

    /// <summary>List the organization's members (ユーザ一覧).</summary>
    ViewMembers = 7,

    /// <summary>Edit the organization's profile (組織情報編集).</summary>
    EditOrganizationProfile = 8,

    /// <summary>Register branches, departments and offices under the head office (拠点登録).</summary>
    RegisterUnits = 9,

    /// <summary>Pre-register the organization during a migration campaign (事前登録).</summary>
    PreRegisterOrganization = 10,

    /// <summary>Change the organization's security settings, such as requiring one-time passwords (セキュリティ設定).</summary>
    ManageSecuritySettings = 11,
}
