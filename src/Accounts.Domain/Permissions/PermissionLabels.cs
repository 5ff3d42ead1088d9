using Accounts.Members;
using Accounts.Messages;

namespace Accounts.Permissions;

/// <summary>The names of member types and actions as the permission table shows them.</summary>
public static class PermissionLabels
{
    /// <summary>The name of a member type.</summary>
    /// <param name="type">The type.</param>
    /// <param name="language"><c>ja</c> or <c>en</c>.</param>
    public static string Of(MemberType type, string language = Language.English) => (type, language == Language.Japanese) switch
    {
        (MemberType.Administrator, false) => "Administrator",
        (MemberType.Administrator, true) => "管理ユーザ",
        (MemberType.General, false) => "General user",
        (MemberType.General, true) => "一般ユーザ",
        (MemberType.ExternalInvited, false) => "External invited user",
        (MemberType.ExternalInvited, true) => "外部招待ユーザ",
        (MemberType.Applicant, false) => "Applicant user",
        (MemberType.Applicant, true) => "申込者用ユーザ",
        _ => type.ToString(),
    };

    /// <summary>The name of an action.</summary>
    /// <param name="action">The action.</param>
    /// <param name="language"><c>ja</c> or <c>en</c>.</param>
    public static string Of(PermissionAction action, string language = Language.English) => (action, language == Language.Japanese) switch
    {
        (PermissionAction.UseServices, false) => "Use services",
        (PermissionAction.UseServices, true) => "サービス利用",
        (PermissionAction.ApplyForServices, false) => "Apply for services",
        (PermissionAction.ApplyForServices, true) => "サービス申込",
        (PermissionAction.SubmitApplications, false) => "Submit applications",
        (PermissionAction.SubmitApplications, true) => "業務申込",
        (PermissionAction.InviteMembers, false) => "Invite members",
        (PermissionAction.InviteMembers, true) => "ユーザ招待",
        (PermissionAction.RegisterApplicants, false) => "Register applicants",
        (PermissionAction.RegisterApplicants, true) => "申込者用ID登録",
        (PermissionAction.EditMembers, false) => "Edit members",
        (PermissionAction.EditMembers, true) => "ユーザ編集",
        (PermissionAction.DeleteMembers, false) => "Delete members",
        (PermissionAction.DeleteMembers, true) => "ユーザ削除",
        (PermissionAction.ViewMembers, false) => "View members",
        (PermissionAction.ViewMembers, true) => "ユーザ一覧",
        (PermissionAction.EditOrganizationProfile, false) => "Edit organization profile",
        (PermissionAction.EditOrganizationProfile, true) => "組織情報編集",
        (PermissionAction.RegisterUnits, false) => "Register units",
        (PermissionAction.RegisterUnits, true) => "拠点登録",
        (PermissionAction.PreRegisterOrganization, false) => "Pre-register organization",
        (PermissionAction.PreRegisterOrganization, true) => "事前登録",
        (PermissionAction.ManageSecuritySettings, false) => "Manage security settings",
        (PermissionAction.ManageSecuritySettings, true) => "セキュリティ設定",
        _ => action.ToString(),
    };
}
