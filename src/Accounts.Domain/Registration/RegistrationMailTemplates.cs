using Accounts.Notifications;

namespace Accounts.Registration;

/// <summary>The mail of the cutover: one activation mail per pre-registered person.</summary>
public static class RegistrationMailTemplates
{
    /// <summary>To an administrator or general user: the personal account is ready to activate.</summary>
    public const string Activation = "registration.activation";

    /// <summary>To an external invited user: the company that shared its login registered them.</summary>
    public const string ExternalActivation = "registration.activation_external";

    /// <summary>Every template.</summary>
    public static IReadOnlyList<MailTemplate> All { get; } =
    [
        new MailTemplate(
            Activation,
            "【{portalName}】新しいログイン方式のアカウント有効化",
            "{inviteeName} 様\n\n{organizationName}の事前登録にもとづき、{portalName}の個人アカウントを発行しました。\nこれまでの共用アカウントは切替日以降ご利用いただけません。\n次のURLからアカウントを有効化し、パスワードを設定してください。\n\n{invitationUrl}\n\nURLの有効期限：{expiresAt}\n有効期限を過ぎた場合は、管理ユーザに再送を依頼してください。" + MailTemplate.JapaneseFooter,
            "[{portalName}] Activate your personal account",
            "Dear {inviteeName},\n\nAs {organizationName} pre-registered you, {portalName} has issued your personal account.\nThe shared login no longer signs in from the cutover day.\nActivate your account and choose a password here:\n\n{invitationUrl}\n\nThe link expires at {expiresAt}. After that, ask your administrator to send it again." + MailTemplate.EnglishFooter),
        new MailTemplate(
            ExternalActivation,
            "【{portalName}】{organizationName}の外部招待ユーザとしてのアカウント有効化",
            "{inviteeName} 様\n\n{organizationName}の事前登録により、同社が利用する{portalName}のサービスの外部招待ユーザとして個人アカウントを発行しました。\nこれまで共有されていたログインIDは切替日以降ご利用いただけません。\n次のURLからアカウントを有効化し、パスワードを設定してください。\n\n{invitationUrl}\n\nURLの有効期限：{expiresAt}" + MailTemplate.JapaneseFooter,
            "[{portalName}] Your external user account for {organizationName}",
            "Dear {inviteeName},\n\n{organizationName} pre-registered you as an external user of the services it has on {portalName}, and your personal account is issued.\nThe login it shared with you no longer signs in from the cutover day.\nActivate your account and choose a password here:\n\n{invitationUrl}\n\nThe link expires at {expiresAt}." + MailTemplate.EnglishFooter),
    ];
}
