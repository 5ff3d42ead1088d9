using Accounts.Messages;
using Accounts.Results;

namespace Accounts.ServiceApplications;

/// <summary>The codes of services and service applications.</summary>
public static class ServiceErrors
{
    /// <summary><c>service.unknown</c>: the portal's catalog has no service with this code.</summary>
    public static MessageDefinition Unknown { get; } = new("service.unknown", "There is no such service.", "該当するサービスはありません。", ErrorCategory.NotFound);

    /// <summary><c>service.industry_not_eligible</c>: the service accepts applications only from other industries.</summary>
    public static MessageDefinition IndustryNotEligible { get; } = new("service.industry_not_eligible", "Organizations of this industry cannot apply for this service.", "この業種ではこのサービスを申し込めません。", ErrorCategory.Forbidden);

    /// <summary><c>service.own_login</c>: the service keeps its own logins and is not applied for here.</summary>
    public static MessageDefinition OwnLogin { get; } = new("service.own_login", "This service keeps its own login; apply there.", "このサービスは従来のログインで利用します。こちらでは申し込めません。");

    /// <summary><c>service_application.not_found</c>: no application has the identifier.</summary>
    public static MessageDefinition NotFound { get; } = new("service_application.not_found", "There is no such application.", "該当する申込みはありません。", ErrorCategory.NotFound);

    /// <summary><c>service_application.wrong_kind</c>: the service takes the other kind of application (a use application where it takes change applications, or the reverse).</summary>
    public static MessageDefinition WrongKind { get; } = new("service_application.wrong_kind", "This service takes the other kind of application.", "このサービスは別の種類の申込みで申し込んでください。");

    /// <summary><c>service_application.already_applied</c>: the organization already has an open or approved application for the service.</summary>
    public static MessageDefinition AlreadyApplied { get; } = new("service_application.already_applied", "The organization has already applied for this service.", "このサービスは申込み済みです。", ErrorCategory.Conflict);

    /// <summary><c>service_application.note_required</c>: a rejection or a request for changes needs a reason.</summary>
    public static MessageDefinition NoteRequired { get; } = new("service_application.note_required", "Give a reason.", "理由を入力してください。");

    /// <summary><c>service_application.start_date_past</c>: a start date before today.</summary>
    public static MessageDefinition StartDateInPast { get; } = new("service_application.start_date_past", "The start date has passed.", "利用開始日が過去の日付です。");

    /// <summary><c>service_application.start_date_not_business_day</c>: a start date on a weekend, holiday or closing day.</summary>
    public static MessageDefinition StartDateNotBusinessDay { get; } = new("service_application.start_date_not_business_day", "The start date is not a business day.", "利用開始日が営業日ではありません。");

    /// <summary><c>service_application.start_date_off_schedule</c> (a warning): the desired date is not a published system registration date and may not be honoured.</summary>
    public static MessageDefinition StartDateOffSchedule { get; } = new("service_application.start_date_off_schedule", "The date is not on the published schedule; the confirmed start date may differ.", "スケジュール以外の日付のため、ご希望に添えない利用開始日となる場合があります。");

    /// <summary><c>service_application.no_items</c>: a change application lists nothing to add or remove.</summary>
    public static MessageDefinition NoItems { get; } = new("service_application.no_items", "List at least one user code or terminal to add or remove.", "追加・削除する利用者コードまたは論理端末を1件以上入力してください。");

    /// <summary><c>service_application.too_many_items</c>: more items than the policy allows; argument <c>maximum</c>.</summary>
    public static MessageDefinition TooManyItems { get; } = new("service_application.too_many_items", "List at most {maximum} items.", "{maximum}件以内で入力してください。");

    /// <summary><c>service_application.duplicate_item</c>: the same user code or terminal twice.</summary>
    public static MessageDefinition DuplicateItem { get; } = new("service_application.duplicate_item", "This item is listed twice.", "同じ項目が重複しています。", ErrorCategory.Conflict);

    /// <summary><c>service_application.count_out_of_range</c>: a count outside its range; arguments <c>minimum</c>, <c>maximum</c>.</summary>
    public static MessageDefinition CountOutOfRange { get; } = new("service_application.count_out_of_range", "Enter a whole number from {minimum} to {maximum}.", "{minimum}以上{maximum}以下の数値を入力してください。");

    /// <summary><c>service_application.too_many_certificates</c>: more digital certificates than the terminals added (one per PC); argument <c>maximum</c>.</summary>
    public static MessageDefinition TooManyCertificates { get; } = new("service_application.too_many_certificates", "One certificate per PC: at most {maximum} for the terminals added.", "デジタル証明書はパソコン1台につき1つです。追加する論理端末の数（{maximum}）以下で入力してください。");

    /// <summary><c>service_application.credentials_not_visible</c>: credentials are viewable only from the end of review until the day after the start date.</summary>
    public static MessageDefinition CredentialsNotVisible { get; } = new("service_application.credentials_not_visible", "The issued IDs can be viewed only from the end of review until the day after the start date.", "ID通知内容は審査終了後から利用開始日翌日まで参照できます。", ErrorCategory.Gone);

    /// <summary><c>service_application.no_credentials</c>: no credentials were issued for the application.</summary>
    public static MessageDefinition NoCredentials { get; } = new("service_application.no_credentials", "No IDs were issued for this application.", "この申込みではIDは払い出されていません。", ErrorCategory.NotFound);

    /// <summary><c>service_application.approval_notice_not_yet</c>: the approval notice can be produced only from the start date; argument <c>startDate</c>.</summary>
    public static MessageDefinition ApprovalNoticeNotYet { get; } = new("service_application.approval_notice_not_yet", "The approval notice can be produced from {startDate}.", "承認通知は利用開始日（{startDate}）以降に出力できます。");

    /// <summary><c>service_application.receipt_numbers_exhausted</c>: the year's receipt numbers ran out.</summary>
    public static MessageDefinition ReceiptNumbersExhausted { get; } = new("service_application.receipt_numbers_exhausted", "No receipt numbers are left this year; contact the portal.", "本年の申込受付番号が上限に達しました。お問い合わせください。", ErrorCategory.Conflict);

    /// <summary>Every definition of this group.</summary>
    public static IReadOnlyList<MessageDefinition> All { get; } =
    [
        Unknown, IndustryNotEligible, OwnLogin, NotFound, WrongKind, AlreadyApplied, NoteRequired, StartDateInPast, StartDateNotBusinessDay, StartDateOffSchedule,
        NoItems, TooManyItems, DuplicateItem, CountOutOfRange, TooManyCertificates, CredentialsNotVisible, NoCredentials, ApprovalNoticeNotYet, ReceiptNumbersExhausted,
    ];
}
