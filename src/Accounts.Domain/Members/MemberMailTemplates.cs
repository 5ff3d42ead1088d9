using Accounts.Notifications;

namespace Accounts.Members;

/// <summary>The mail of invitations: keys and the library's Japanese and English templates.</summary>
public static class MemberMailTemplates
{
    /// <summary>An invitation to an administrator or a general user.</summary>
    public const string Invitation = "member.invitation";

    /// <summary>An invitation to a person of another company (外部招待ユーザ).</summary>
    public const string ExternalInvitation = "member.invitation_external";

    /// <summary>The registration of an applicant (申込者用ID) by the administrator.</summary>
    public const string ApplicantRegistration = "member.applicant_registration";

    /// <summary>The invitation link: the token reaches the invitee only inside <see cref="PortalLinks.InvitationUrl"/>.</summary>
    public static SecretLink InvitationLink { get; } = new(MailParameterNames.InvitationToken, "invitationUrl", static links => links.InvitationUrl);

    /// <summary>Every template of this group.</summary>
    public static IReadOnlyList<MailTemplate> All { get; } =
    [
        new MailTemplate(
            Invitation,
            "【{portalName}】{organizationName}からの招待",
            "{inviteeName} 様\n\n{organizationName}の{inviterName}様から、{portalName}への招待が届いています。\nログインID：{signInId}\n次のURLからアカウントを有効化し、パスワードを設定してください。\n\n{invitationUrl}\n\nURLの有効期限：{expiresAt}\n有効期限を過ぎた場合は、管理ユーザに再送を依頼してください。" + MailTemplate.JapaneseFooter,
            "[{portalName}] Invitation from {organizationName}",
            "Dear {inviteeName},\n\n{inviterName} of {organizationName} invites you to {portalName}.\nYou sign in with: {signInId}\nActivate your account and choose a password here:\n\n{invitationUrl}\n\nThe link expires at {expiresAt}. After that, ask your administrator to send it again." + MailTemplate.EnglishFooter),
        new MailTemplate(
            ExternalInvitation,
            "【{portalName}】{organizationName}からの外部招待",
            "{inviteeName} 様\n\n{organizationName}の{inviterName}様から、同社が利用する{portalName}のサービスへ外部招待ユーザとして招待されました。\nログインID：{signInId}\n次のURLからアカウントを有効化し、パスワードを設定してください。\n\n{invitationUrl}\n\nURLの有効期限：{expiresAt}\n外部招待ユーザは{organizationName}のサービスを利用できますが、同社の登録・申込・ユーザ管理は行えません。" + MailTemplate.JapaneseFooter,
            "[{portalName}] {organizationName} invites you as an external user",
            "Dear {inviteeName},\n\n{inviterName} of {organizationName} invites you, as an external user, to use the services {organizationName} has on {portalName}.\nYou sign in with: {signInId}\nActivate your account and choose a password here:\n\n{invitationUrl}\n\nThe link expires at {expiresAt}. External users use the organization's services; they do not register, apply or manage its users." + MailTemplate.EnglishFooter),
        new MailTemplate(
            ApplicantRegistration,
            "【{portalName}】申込者用IDの登録",
            "{inviteeName} 様\n\n{organizationName}の管理ユーザ（{inviterName}様）が、あなたの申込者用IDを登録しました。\nログインID（WebユーザーID）：{signInId}\n次のURLからパスワードを設定してください。\n\n{invitationUrl}\n\nURLの有効期限：{expiresAt}" + MailTemplate.JapaneseFooter,
            "[{portalName}] Your applicant ID",
            "Dear {inviteeName},\n\n{inviterName}, the administrator of {organizationName}, registered an applicant ID for you.\nYou sign in with: {signInId}\nChoose your password here:\n\n{invitationUrl}\n\nThe link expires at {expiresAt}." + MailTemplate.EnglishFooter),
    ];
}
