using Accounts.Notifications;

namespace Accounts.Onboarding;

/// <summary>The mail of onboarding applications, in Japanese and English.</summary>
public static class OnboardingMailTemplates
{
    /// <summary>The registration link and password (登録用URL・登録用パスワード).</summary>
    public const string RegistrationLink = "onboarding.registration_link";

    /// <summary>The printed form arrived; processing started (処理開始).</summary>
    public const string ProcessingStarted = "onboarding.processing_started";

    /// <summary>Processing completed; the sign-in details follow by post (処理完了).</summary>
    public const string ProcessingCompleted = "onboarding.processing_completed";

    /// <summary>A resume link for corrections (手続き再開用URL).</summary>
    public const string ResumeLink = "onboarding.resume_link";

    /// <summary>The registration link: the token reaches the applicant only inside <see cref="PortalLinks.RegistrationUrl"/>.</summary>
    public static SecretLink RegistrationLinkUrl { get; } = new(MailParameterNames.RegistrationToken, "registrationUrl", static links => links.RegistrationUrl);

    /// <summary>The registration password, shown as itself for the applicant to type.</summary>
    public static SecretLink RegistrationPasswordText { get; } = SecretLink.AsIs(MailParameterNames.RegistrationPassword, "registrationPassword");

    /// <summary>The resume link: the token reaches the applicant only inside <see cref="PortalLinks.ResumeUrl"/>.</summary>
    public static SecretLink ResumeLinkUrl { get; } = new(MailParameterNames.ResumeToken, "resumeUrl", static links => links.ResumeUrl);

    /// <summary>Every template of this group.</summary>
    public static IReadOnlyList<MailTemplate> All { get; } =
    [
        new MailTemplate(
            RegistrationLink,
            "【{portalName}】利用者登録用URLのお知らせ",
            "{portalName}の利用者登録のお申込みを受け付けました。\n次の登録用URLを開き、登録用パスワードを入力して手続きを進めてください。\n\n登録用URL：{registrationUrl}\n登録用パスワード：{registrationPassword}\n\n有効期限：{expiresAt}\n有効期限を過ぎた場合は、最初から手続きを行ってください。" + MailTemplate.JapaneseFooter,
            "[{portalName}] Your registration link",
            "We received your request to register with {portalName}.\nOpen the registration link and enter the registration password to continue.\n\nRegistration link: {registrationUrl}\nRegistration password: {registrationPassword}\n\nBoth expire at {expiresAt}. After that, start again." + MailTemplate.EnglishFooter),
        new MailTemplate(
            ProcessingStarted,
            "【{portalName}】申込書を受け付けました（処理開始）",
            "申込書を受領し、登録の処理を開始しました。\nログインに必要な初期設定情報は、{expectedDeliveryDate}頃に書面で発送する予定です。" + MailTemplate.JapaneseFooter,
            "[{portalName}] Application received: processing started",
            "We received your application form and started processing it.\nYour sign-in details will be posted around {expectedDeliveryDate}." + MailTemplate.EnglishFooter),
        new MailTemplate(
            ProcessingCompleted,
            "【{portalName}】登録が完了しました（処理完了）",
            "{organizationName}の登録が完了しました。\nコード：{organizationCode}\n\n管理ユーザのIDと初期パスワードは書面でお送りします。初回ログイン時にパスワードを変更してください。" + MailTemplate.JapaneseFooter,
            "[{portalName}] Registration completed",
            "{organizationName} is registered.\nCode: {organizationCode}\n\nThe administrator's ID and initial password follow by post. Change the password at the first sign-in." + MailTemplate.EnglishFooter),
        new MailTemplate(
            ResumeLink,
            "【{portalName}】手続き再開用URLのお知らせ",
            "お申込み内容の訂正のため、手続き再開用URLをお送りします。\n次のURLから申込情報の入力を再開してください。\n\n{resumeUrl}\n\n有効期限：{expiresAt}" + MailTemplate.JapaneseFooter,
            "[{portalName}] Link to correct your application",
            "To correct your application, continue from the input step here:\n\n{resumeUrl}\n\nThe link expires at {expiresAt}." + MailTemplate.EnglishFooter),
    ];
}
