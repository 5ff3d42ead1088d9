using Accounts.Messages;
using Accounts.Results;

namespace Accounts.Registration;

/// <summary>The codes of migration campaigns.</summary>
public static class CampaignErrors
{
    /// <summary><c>campaign.pre_registration_not_open</c>: pre-registration has not opened; argument <c>opens</c>.</summary>
    public static MessageDefinition PreRegistrationNotOpen { get; } = new("campaign.pre_registration_not_open", "Pre-registration opens on {opens}.", "事前登録は{opens}から受け付けます。", ErrorCategory.Forbidden);

    /// <summary><c>campaign.pre_registration_closed</c>: the pre-registration window has closed; changes are made after cutover by the person or an administrator; argument <c>cutover</c>.</summary>
    public static MessageDefinition PreRegistrationClosed { get; } = new("campaign.pre_registration_closed", "Pre-registration has closed. From {cutover}, the person or an administrator makes changes.", "事前登録期間は終了しました。{cutover}以降に、ご本人または管理者が変更してください。", ErrorCategory.Gone);

    /// <summary><c>campaign.legacy_account_retired</c>: the legacy shared account no longer signs in since cutover; argument <c>cutover</c>.</summary>
    public static MessageDefinition LegacyAccountRetired { get; } = new("campaign.legacy_account_retired", "Shared accounts no longer sign in since {cutover}. Sign in with your personal account.", "{cutover}以降、共用アカウントではログインできません。個人のアカウントでログインしてください。", ErrorCategory.Gone);

    /// <summary>Every definition of this group.</summary>
    public static IReadOnlyList<MessageDefinition> All { get; } = [PreRegistrationNotOpen, PreRegistrationClosed, LegacyAccountRetired];
}
