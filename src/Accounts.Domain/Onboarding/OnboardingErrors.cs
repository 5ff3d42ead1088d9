using Accounts.Messages;
using Accounts.Results;

namespace Accounts.Onboarding;

/// <summary>The codes of onboarding applications.</summary>
public static class OnboardingErrors
{
    /// <summary><c>onboarding.not_found</c>: no application has the identifier (operator calls).</summary>
    public static MessageDefinition NotFound { get; } = new("onboarding.not_found", "There is no such application.", "該当する申込みはありません。", ErrorCategory.NotFound);

    /// <summary><c>onboarding.link_invalid</c>: the registration or resume link is not one the portal issued; nothing more is said.</summary>
    public static MessageDefinition LinkInvalid { get; } = new("onboarding.link_invalid", "This link is not valid. Start the registration again.", "このURLは無効です。最初から手続きを行ってください。", ErrorCategory.Unauthenticated);

    /// <summary><c>onboarding.link_expired</c>: the registration link ran out (60 days after sending); start over.</summary>
    public static MessageDefinition LinkExpired { get; } = new("onboarding.link_expired", "The registration link has expired. Start the registration again.", "登録用URLの有効期限が切れています。最初から手続きを行ってください。", ErrorCategory.Gone);

    /// <summary><c>onboarding.password_incorrect</c>: the registration password is wrong; argument <c>attemptsLeft</c>.</summary>
    public static MessageDefinition PasswordIncorrect { get; } = new("onboarding.password_incorrect", "The registration password is not correct. {attemptsLeft} attempts left.", "登録用パスワードが正しくありません。残り{attemptsLeft}回です。", ErrorCategory.Unauthenticated);

    /// <summary><c>onboarding.locked</c>: too many wrong registration passwords; start over.</summary>
    public static MessageDefinition Locked { get; } = new("onboarding.locked", "Too many wrong passwords. Start the registration again.", "パスワードの誤りが上限に達しました。最初から手続きを行ってください。", ErrorCategory.Locked);

    /// <summary><c>onboarding.session_invalid</c>: the applicant has not authenticated for this application.</summary>
    public static MessageDefinition SessionInvalid { get; } = new("onboarding.session_invalid", "Authenticate with the registration password first.", "登録用パスワードで認証してください。", ErrorCategory.Unauthenticated);

    /// <summary><c>onboarding.session_expired</c>: the input was left idle too long and was discarded; authenticate again.</summary>
    public static MessageDefinition SessionExpired { get; } = new("onboarding.session_expired", "The input was idle too long and was discarded. Authenticate again.", "一定時間操作がなかったため、入力内容は破棄されました。再度認証してください。", ErrorCategory.Unauthenticated);

    /// <summary><c>onboarding.terms_not_agreed</c>: submitting needs agreement to the terms of use.</summary>
    public static MessageDefinition TermsNotAgreed { get; } = new("onboarding.terms_not_agreed", "Agree to the terms of use to submit.", "利用規約に同意しないと送信できません。");

    /// <summary><c>onboarding.resume_link_expired</c>: the resume link ran out; ask the operator for a new one.</summary>
    public static MessageDefinition ResumeLinkExpired { get; } = new("onboarding.resume_link_expired", "The resume link has expired. Ask for a new one.", "手続き再開用URLの有効期限が切れています。再発行を依頼してください。", ErrorCategory.Gone);

    /// <summary><c>onboarding.resume_link_used</c>: the resume link was used already; each works once.</summary>
    public static MessageDefinition ResumeLinkUsed { get; } = new("onboarding.resume_link_used", "This resume link was used already. Ask for a new one.", "この手続き再開用URLは使用済みです。再発行を依頼してください。", ErrorCategory.Gone);

    /// <summary><c>onboarding.department_or_title_required</c>: the administrator's department or title, at least one.</summary>
    public static MessageDefinition DepartmentOrTitleRequired { get; } = new("onboarding.department_or_title_required", "Enter the administrator's department or title.", "所属名と役職名のいずれかを入力してください。");

    /// <summary><c>onboarding.head_office_not_found</c>: a unit names a code that is not a registered head office.</summary>
    public static MessageDefinition HeadOfficeNotFound { get; } = new("onboarding.head_office_not_found", "No registered head office has this code.", "このコードの本店は登録されていません。");

    /// <summary><c>onboarding.organization_not_found</c>: a web-user application names a code that is not registered.</summary>
    public static MessageDefinition OrganizationNotFound { get; } = new("onboarding.organization_not_found", "No registered organization has this code.", "このコードの保険利用者は登録されていません。");

    /// <summary><c>onboarding.administrator_exists</c>: a web-user application for an organization that already has accounts.</summary>
    public static MessageDefinition AdministratorExists { get; } = new("onboarding.administrator_exists", "This organization already has web users; ask its administrator.", "この保険利用者には既にWebユーザーが登録されています。管理者にお問い合わせください。", ErrorCategory.Conflict);

    /// <summary><c>onboarding.printed_form_expired</c>: the printed form arrived after it expired; the applicant starts over.</summary>
    public static MessageDefinition PrintedFormExpired { get; } = new("onboarding.printed_form_expired", "The printed application form has expired.", "申込書の有効期限が切れています。", ErrorCategory.Gone);

    /// <summary>Every definition of this group.</summary>
    public static IReadOnlyList<MessageDefinition> All { get; } =
    [
        NotFound, LinkInvalid, LinkExpired, PasswordIncorrect, Locked, SessionInvalid, SessionExpired, TermsNotAgreed,
        ResumeLinkExpired, ResumeLinkUsed, DepartmentOrTitleRequired, HeadOfficeNotFound, OrganizationNotFound, AdministratorExists, PrintedFormExpired,
    ];
}
