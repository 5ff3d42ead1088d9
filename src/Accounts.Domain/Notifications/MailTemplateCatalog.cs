using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Accounts.Messages;
using Accounts.Results;

namespace Accounts.Notifications;

/// <summary>The mail templates in Japanese and English; a host overrides any of them for its portal's wording. Immutable.</summary>
public sealed class MailTemplateCatalog
{
    private const string Footer = "\n\n--\n{portalName}\n{signInUrl}\n";
    private const string FooterJa = "\n\nお心当たりのない場合は、このメールを破棄してください。\n--\n{portalName}\n{signInUrl}\n";
    private readonly FrozenDictionary<string, MailTemplate> _templates;

    private MailTemplateCatalog(FrozenDictionary<string, MailTemplate> templates) => _templates = templates;

    /// <summary>The library's own templates.</summary>
    public static MailTemplateCatalog Default { get; } = new(new[]
    {
        new MailTemplate(
            MailTemplateKeys.Invitation,
            "【{portalName}】{organizationName}からの招待",
            "{inviteeName} 様\n\n{organizationName}の{inviterName}様から、{portalName}への招待が届いています。\n次のURLからアカウントを有効化し、パスワードを設定してください。\n\n{invitationUrl}\n\nURLの有効期限：{expiresAt}\n有効期限を過ぎた場合は、管理ユーザに再送を依頼してください。" + FooterJa,
            "[{portalName}] Invitation from {organizationName}",
            "Dear {inviteeName},\n\n{inviterName} of {organizationName} invites you to {portalName}.\nActivate your account and choose a password here:\n\n{invitationUrl}\n\nThe link expires at {expiresAt}. After that, ask your administrator to send it again." + Footer),
        new MailTemplate(
            MailTemplateKeys.ExternalInvitation,
            "【{portalName}】{organizationName}からの外部招待",
            "{inviteeName} 様\n\n{organizationName}の{inviterName}様から、同社が利用する{portalName}のサービスへ外部招待ユーザとして招待されました。\n次のURLからアカウントを有効化し、パスワードを設定してください。\n\n{invitationUrl}\n\nURLの有効期限：{expiresAt}\n外部招待ユーザは{organizationName}のサービスを利用できますが、同社の登録・申込・ユーザ管理は行えません。" + FooterJa,
            "[{portalName}] {organizationName} invites you as an external user",
            "Dear {inviteeName},\n\n{inviterName} of {organizationName} invites you, as an external user, to use the services {organizationName} has on {portalName}.\nActivate your account and choose a password here:\n\n{invitationUrl}\n\nThe link expires at {expiresAt}. External users use the organization's services; they do not register, apply or manage its users." + Footer),
        new MailTemplate(
            MailTemplateKeys.ApplicantRegistration,
            "【{portalName}】申込者用IDの登録",
            "{inviteeName} 様\n\n{organizationName}の管理ユーザ（{inviterName}様）が、あなたの申込者用IDを登録しました。\n次のURLからパスワードを設定してください。\n\n{invitationUrl}\n\nURLの有効期限：{expiresAt}" + FooterJa,
            "[{portalName}] Your applicant ID",
            "Dear {inviteeName},\n\n{inviterName}, the administrator of {organizationName}, registered an applicant ID for you.\nChoose your password here:\n\n{invitationUrl}\n\nThe link expires at {expiresAt}." + Footer),
        new MailTemplate(
            MailTemplateKeys.PasswordChanged,
            "【{portalName}】パスワード変更のお知らせ",
            "{memberName} 様\n\n{changedAt}にパスワードが変更されました。\nお心当たりのない場合は、直ちに管理ユーザにご連絡ください。" + FooterJa,
            "[{portalName}] Your password was changed",
            "Dear {memberName},\n\nYour password was changed at {changedAt}.\nIf this was not you, contact your administrator at once." + Footer),
        new MailTemplate(
            MailTemplateKeys.OneTimePasswordEnabled,
            "【{portalName}】ワンタイムパスワード設定のお知らせ",
            "{memberName} 様\n\n{enabledAt}にワンタイムパスワードが設定されました。次回のログインから認証アプリのコードが必要です。" + FooterJa,
            "[{portalName}] One-time passwords are on",
            "Dear {memberName},\n\nOne-time passwords were set up at {enabledAt}. From your next sign-in you will need a code from your authenticator app." + Footer),
    }.ToFrozenDictionary(t => t.Key, StringComparer.Ordinal));

    /// <summary>Every template.</summary>
    public IReadOnlyCollection<MailTemplate> Templates => _templates.Values;

    /// <summary>Returns a catalog with a template replaced.</summary>
    /// <param name="template">The host's template; its key must be one the library writes.</param>
    /// <exception cref="ArgumentException">The key is unknown.</exception>
    public MailTemplateCatalog Override(MailTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (!_templates.ContainsKey(template.Key))
        {
            throw new ArgumentException($"'{template.Key}' is not a mail template of the library.", nameof(template));
        }

        var templates = _templates.ToDictionary(StringComparer.Ordinal);
        templates[template.Key] = template;
        return new MailTemplateCatalog(templates.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Renders an outbox message into subject and body.</summary>
    /// <param name="message">The message.</param>
    /// <param name="links">The portal's addresses.</param>
    /// <param name="portalName">The portal's name.</param>
    /// <exception cref="InvalidOperationException">The message names a template the catalog does not have.</exception>
    public (string Subject, string Body) Render(OutboxMessage message, PortalLinks links, string portalName)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(links);
        if (!_templates.TryGetValue(message.Template, out var template))
        {
            throw new InvalidOperationException($"No mail template '{message.Template}'.");
        }

        var arguments = new List<ErrorArgument>(message.Parameters.Length + 3)
        {
            new("portalName", portalName),
            new("signInUrl", links.SignInUrl),
        };
        foreach (var parameter in message.Parameters)
        {
            if (parameter.Name == MailParameterNames.InvitationToken)
            {
                arguments.Add(new("invitationUrl", links.InvitationUrl.Replace("{token}", parameter.Value, StringComparison.Ordinal)));
            }
            else if (!parameter.IsSecret)
            {
                arguments.Add(new(parameter.Name, parameter.Value));
            }
        }

        var english = message.Language == Language.English;
        var span = CollectionsMarshal.AsSpan(arguments);
        return (
            MessageTemplate.Format(english ? template.EnglishSubject : template.JapaneseSubject, span),
            MessageTemplate.Format(english ? template.EnglishBody : template.JapaneseBody, span));
    }
}
