using Accounts.Notifications;

namespace Accounts.Passwords;

/// <summary>The mail of passwords: keys and the library's Japanese and English templates.</summary>
public static class PasswordMailTemplates
{
    /// <summary>Confirms a password change.</summary>
    public const string PasswordChanged = "password.changed";

    /// <summary>Every template of this group.</summary>
    public static IReadOnlyList<MailTemplate> All { get; } =
    [
        new MailTemplate(
            PasswordChanged,
            "【{portalName}】パスワード変更のお知らせ",
            "{memberName} 様\n\n{changedAt}にパスワードが変更されました。\nお心当たりのない場合は、直ちに管理ユーザにご連絡ください。" + MailTemplate.JapaneseFooter,
            "[{portalName}] Your password was changed",
            "Dear {memberName},\n\nYour password was changed at {changedAt}.\nIf this was not you, contact your administrator at once." + MailTemplate.EnglishFooter),
    ];
}
