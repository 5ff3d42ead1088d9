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

    /// <summary>The legacy account was granted by another company, which pre-registers itself.</summary>
    public static MessageDefinition GrantedAccount { get; } = new("campaign.granted_account", "This login was granted to you by another company. That company pre-registers its people; ask it to add you.", "他の会社から付与されたアカウントでは事前登録できません。付与した会社にお問い合わせください。", ErrorCategory.Forbidden);

    /// <summary>No legacy account has this login.</summary>
    public static MessageDefinition LegacyAccountUnknown { get; } = new("campaign.legacy_account_unknown", "No current account has this login.", "このログインIDの現行アカウントはありません。", ErrorCategory.NotFound);

    /// <summary>The legacy account has not pre-registered.</summary>
    public static MessageDefinition PreRegistrationMissing { get; } = new("campaign.pre_registration_missing", "Nothing is pre-registered for this account yet.", "このアカウントの事前登録はまだありません。", ErrorCategory.NotFound);

    /// <summary>A pre-registration names nobody.</summary>
    public static MessageDefinition PeopleRequired { get; } = new("campaign.people_required", "Enter at least one person.", "利用者を1名以上登録してください。", ErrorCategory.Validation);

    /// <summary>A pre-registration names more people than the campaign takes.</summary>
    public static MessageDefinition PeopleLimit { get; } = new("campaign.people_limit", "A pre-registration holds at most {limit} people.", "事前登録できる利用者は{limit}名までです。", ErrorCategory.Validation);

    /// <summary>A person's account type is not one a pre-registration gives.</summary>
    public static MessageDefinition AccountTypeInvalid { get; } = new("campaign.account_type_invalid", "Choose administrator, general user or external invited user.", "アカウント種別は管理ユーザ・一般ユーザ・外部招待ユーザから選択してください。", ErrorCategory.Validation);

    /// <summary>No acceptable administrator: the organization cannot be issued.</summary>
    public static MessageDefinition AdministratorRequired { get; } = new("campaign.administrator_required", "Register at least one administrator with a valid entry.", "管理ユーザを1名以上、正しい内容で登録してください。", ErrorCategory.Validation);

    /// <summary>The address appears twice in one pre-registration; the later entry is refused.</summary>
    public static MessageDefinition AddressRepeated { get; } = new("campaign.address_repeated", "This address is entered more than once; only its first entry gets an account.", "同じメールアドレスが複数回登録されています。最初の登録のみ有効です。", ErrorCategory.Validation);

    /// <summary>Two companies pre-registered the same address; neither entry is issued.</summary>
    public static MessageDefinition AddressInOtherCompany { get; } = new("campaign.address_in_other_company", "Another company pre-registered this address too; an address belongs to one organization. Correct one of the entries.", "このメールアドレスは他の会社でも事前登録されています。どちらかの登録を修正してください。", ErrorCategory.Conflict);

    /// <summary>The cutover runs from its day.</summary>
    public static MessageDefinition CutoverNotReached { get; } = new("campaign.cutover_not_reached", "The cutover runs from {cutover}.", "切替は{cutover}から実行できます。", ErrorCategory.Conflict);

    /// <summary>Every campaign error.</summary>
    public static IReadOnlyList<MessageDefinition> All { get; } = [PreRegistrationNotOpen, PreRegistrationClosed, LegacyAccountRetired, GrantedAccount, LegacyAccountUnknown, PreRegistrationMissing, PeopleRequired, PeopleLimit, AccountTypeInvalid, AdministratorRequired, AddressRepeated, AddressInOtherCompany, CutoverNotReached];
}
