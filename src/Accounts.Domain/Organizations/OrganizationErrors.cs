using Accounts.Messages;
using Accounts.Results;

namespace Accounts.Organizations;

/// <summary>The codes of organization rules.</summary>
public static class OrganizationErrors
{
    /// <summary><c>organization.not_found</c>: no organization has the identifier.</summary>
    public static MessageDefinition NotFound { get; } = new("organization.not_found", "The organization does not exist.", "組織が見つかりません。", ErrorCategory.NotFound);

    /// <summary><c>organization.head_office_required</c>: a unit can only be registered under a registered head office.</summary>
    public static MessageDefinition HeadOfficeRequired { get; } = new("organization.head_office_required", "A branch, department or office can only be registered under a registered head office.", "支店・部門・事業所は、登録済みの本店（本社）の下にのみ登録できます。");

    /// <summary><c>organization.unit_kind_required</c>: a unit must be a branch, department or office.</summary>
    public static MessageDefinition UnitKindRequired { get; } = new("organization.unit_kind_required", "Choose branch, department or office for a unit.", "支店・部門・事業所のいずれかを選択してください。");

    /// <summary><c>organization.industry_invalid</c>: the industry code is not well formed.</summary>
    public static MessageDefinition IndustryInvalid { get; } = new("organization.industry_invalid", "Choose a valid industry.", "業種を正しく選択してください。");

    /// <summary><c>organization.category_invalid</c>: neither company nor financial institution.</summary>
    public static MessageDefinition CategoryInvalid { get; } = new("organization.category_invalid", "Choose company or financial institution.", "企業・金融機関区分を選択してください。");

    /// <summary><c>organization.code_unavailable</c>: no free code could be issued.</summary>
    public static MessageDefinition CodeUnavailable { get; } = new("organization.code_unavailable", "No organization code could be issued; try again.", "組織コードを発行できませんでした。もう一度お試しください。", ErrorCategory.Conflict);

    /// <summary>Every definition of this group.</summary>
    public static IReadOnlyList<MessageDefinition> All { get; } =
        [NotFound, HeadOfficeRequired, UnitKindRequired, IndustryInvalid, CategoryInvalid, CodeUnavailable];
}
