namespace Accounts.Organizations;

/// <summary>Whether an organization is a company or a financial institution (企業・金融機関区分).</summary>
public enum OrganizationCategory
{
    /// <summary>A company (企業).</summary>
    Company = 1,

    /// <summary>A financial institution (金融機関), for example a bank using export bill insurance.</summary>
    FinancialInstitution = 2,
}
