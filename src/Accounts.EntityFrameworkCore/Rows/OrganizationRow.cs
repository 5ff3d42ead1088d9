namespace Accounts.EntityFrameworkCore.Rows;

/// <summary>One organization, flattened into columns a person can read.</summary>
internal sealed class OrganizationRow : IAggregateRow
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public Guid? HeadOfficeId { get; set; }

    public string Industry { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public string? ReferringBankName { get; set; }

    public string? ProfileNameKanji { get; set; }

    public string? ProfileNameKatakana { get; set; }

    public string? ProfilePostalCode { get; set; }

    public string? ProfileAddress { get; set; }

    public string? ProfileMainPhone { get; set; }

    public string? ProfileRegisteredAddress { get; set; }

    public string? ProfileRepresentativeTitle { get; set; }

    public string? ProfileRepresentativeName { get; set; }

    public string? ProfileHomepageUrl { get; set; }

    public string? ManagerName { get; set; }

    public string? ManagerEmail { get; set; }

    public bool RequiresOneTimePassword { get; set; }

    public int SeatsAdministrators { get; set; }

    public int SeatsGeneralUsers { get; set; }

    public int SeatsExternalUsers { get; set; }

    public int SeatsApplicants { get; set; }

    public int SeatsDisabledAdministrators { get; set; }

    public int SeatsInvitedAdministrators { get; set; }

    public DateTime RegisteredAt { get; set; }
}
