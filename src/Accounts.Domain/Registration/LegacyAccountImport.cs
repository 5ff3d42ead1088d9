namespace Accounts.Registration;

/// <summary>One legacy shared account to import before a campaign.</summary>
/// <param name="LoginId">The login the company's people share.</param>
/// <param name="CompanyName">The company's name as the legacy system knows it.</param>
public sealed record LegacyAccountImport(string LoginId, string CompanyName)
{
    /// <summary>The login of the company account that granted this one to a person of another company; <see langword="null"/> for a company's own account.</summary>
    public string? GrantedByLoginId { get; init; }
}
