using Accounts.Notifications;

namespace Accounts.ServiceApplications;

/// <summary>The notices of service applications, in Japanese and English; each goes to the applicant contact and the organization's manager and carries the receipt number.</summary>
public static class ServiceMailTemplates
{
    /// <summary>A use application was submitted and waits for review (申込受付).</summary>
    public const string Submitted = "service_application.submitted";

    /// <summary>A use application was approved (承認).</summary>
    public const string Approved = "service_application.approved";

    /// <summary>An application was rejected, with the reason.</summary>
    public const string Rejected = "service_application.rejected";

    /// <summary>The operator asks for changes to a use application.</summary>
    public const string ChangesRequested = "service_application.changes_requested";

    /// <summary>A change application was received (受付完了メール).</summary>
    public const string Received = "service_application.received";

    /// <summary>The review of a change application finished (審査終了).</summary>
    public const string ReviewFinished = "service_application.review_finished";

    /// <summary>The content and start date are confirmed (確認完了メール).</summary>
    public const string Confirmed = "service_application.confirmed";

    /// <summary>Every template of this group.</summary>
    public static IReadOnlyList<MailTemplate> All { get; } =
    [
        new MailTemplate(
            Submitted,
            "【{portalName}】【{receiptNumber}】{serviceName}のお申込みを受け付けました",
            "{organizationName}様\n\n{serviceName}の利用申込みを受け付けました。\n申込受付番号：{receiptNumber}\n審査結果は{dueDate}までにお知らせします。" + MailTemplate.JapaneseFooter,
            "[{portalName}] [{receiptNumber}] Application for {serviceName} received",
            "{organizationName}\n\nWe received your application for {serviceName}.\nReceipt number: {receiptNumber}\nWe will answer by {dueDate}." + MailTemplate.EnglishFooter),
        new MailTemplate(
            Approved,
            "【{portalName}】【{receiptNumber}】{serviceName}のお申込みを承認しました",
            "{organizationName}様\n\n{serviceName}の利用申込みを承認しました。\n申込受付番号：{receiptNumber}\n利用開始日：{startDate}\n利用開始日から、貴社のすべての利用者がご利用いただけます。" + MailTemplate.JapaneseFooter,
            "[{portalName}] [{receiptNumber}] Application for {serviceName} approved",
            "{organizationName}\n\nYour application for {serviceName} is approved.\nReceipt number: {receiptNumber}\nStart date: {startDate}\nFrom the start date every user of your organization can use it." + MailTemplate.EnglishFooter),
        new MailTemplate(
            Rejected,
            "【{portalName}】【{receiptNumber}】{serviceName}のお申込みについて",
            "{organizationName}様\n\n{serviceName}のお申込みは、次の理由により承認できませんでした。\n申込受付番号：{receiptNumber}\n理由：{note}" + MailTemplate.JapaneseFooter,
            "[{portalName}] [{receiptNumber}] Your application for {serviceName}",
            "{organizationName}\n\nYour application for {serviceName} could not be approved.\nReceipt number: {receiptNumber}\nReason: {note}" + MailTemplate.EnglishFooter),
        new MailTemplate(
            ChangesRequested,
            "【{portalName}】【{receiptNumber}】{serviceName}のお申込み内容の修正のお願い",
            "{organizationName}様\n\n{serviceName}のお申込みについて、次の点を修正のうえ再申込みしてください。\n申込受付番号：{receiptNumber}\n修正内容：{note}" + MailTemplate.JapaneseFooter,
            "[{portalName}] [{receiptNumber}] Changes needed to your application for {serviceName}",
            "{organizationName}\n\nPlease change the following and submit your application for {serviceName} again.\nReceipt number: {receiptNumber}\nChanges: {note}" + MailTemplate.EnglishFooter),
        new MailTemplate(
            Received,
            "【{portalName}】【{receiptNumber}】利用申込の受付が完了しました",
            "{organizationName}様\n\n{serviceName}の変更申込を受け付けました。\n申込受付年月日：{receivedOn}\n申込受付番号：{receiptNumber}\n利用開始希望日：{desiredStartDate}\nお問い合わせの際は申込受付番号をお伝えください。" + MailTemplate.JapaneseFooter,
            "[{portalName}] [{receiptNumber}] Application received",
            "{organizationName}\n\nWe received your change application for {serviceName}.\nReceived on: {receivedOn}\nReceipt number: {receiptNumber}\nDesired start date: {desiredStartDate}\nQuote the receipt number when you contact us." + MailTemplate.EnglishFooter),
        new MailTemplate(
            ReviewFinished,
            "【{portalName}】【{receiptNumber}】利用申込の審査が終了しました",
            "{organizationName}様\n\n【{receiptNumber}】利用申込の審査が終了しました。通知内容を確認してください。\nIDが払い出されている場合は、利用開始日の翌日までにID通知内容をお控えください。" + MailTemplate.JapaneseFooter,
            "[{portalName}] [{receiptNumber}] Review finished",
            "{organizationName}\n\nThe review of application {receiptNumber} has finished. Check the notice.\nIf IDs were issued, note them down by the day after the start date." + MailTemplate.EnglishFooter),
        new MailTemplate(
            Confirmed,
            "【{portalName}】【{receiptNumber}】利用申込確認完了のお知らせ",
            "{organizationName}様\n\n申込内容の確認が完了しました。\n申込受付年月日：{receivedOn}\n申込受付番号：{receiptNumber}\n利用開始希望日：{desiredStartDate}\n利用開始日：{startDate}\n利用開始日は希望日と異なる場合があります。確定した申込内容と利用開始日を必ずご確認ください。" + MailTemplate.JapaneseFooter,
            "[{portalName}] [{receiptNumber}] Application confirmed",
            "{organizationName}\n\nYour application is confirmed.\nReceived on: {receivedOn}\nReceipt number: {receiptNumber}\nDesired start date: {desiredStartDate}\nStart date: {startDate}\nThe start date may differ from the one you wanted: check the confirmed content and start date." + MailTemplate.EnglishFooter),
    ];
}
