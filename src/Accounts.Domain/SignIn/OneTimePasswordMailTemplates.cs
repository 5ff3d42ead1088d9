using Accounts.Notifications;

namespace Accounts.SignIn;

/// <summary>The mail of one-time passwords: keys and the library's Japanese and English templates.</summary>
public static class OneTimePasswordMailTemplates
{
    /// <summary>Confirms that one-time passwords were set up.</summary>
    public const string Enabled = "otp.enabled";

    /// <summary>Every template of this group.</summary>
    public static IReadOnlyList<MailTemplate> All { get; } =
    [
        new MailTemplate(
            Enabled,
            "【{portalName}】ワンタイムパスワード設定のお知らせ",
            "{memberName} 様\n\n{enabledAt}にワンタイムパスワードが設定されました。次回のログインから認証アプリのコードが必要です。" + MailTemplate.JapaneseFooter,
            "[{portalName}] One-time passwords are on",
            "Dear {memberName},\n\nOne-time passwords were set up at {enabledAt}. From your next sign-in you will need a code from your authenticator app." + MailTemplate.EnglishFooter),
    ];
}
