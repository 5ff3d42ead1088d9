namespace Accounts.Onboarding;

/// <summary>The field names onboarding errors are reported under, besides the organization profile's own.</summary>
public static class OnboardingFields
{
    /// <summary>The head office's code of a unit.</summary>
    public const string HeadOfficeCode = "headOfficeCode";

    /// <summary>Branch, department or office.</summary>
    public const string UnitKind = "unitKind";

    /// <summary>The registered organization's code of a web-user application.</summary>
    public const string OrganizationCode = "organizationCode";

    /// <summary>The administrator's department.</summary>
    public const string AdministratorDepartment = "administrator.department";

    /// <summary>The administrator's title.</summary>
    public const string AdministratorTitle = "administrator.title";

    /// <summary>The administrator's name.</summary>
    public const string AdministratorName = "administrator.name";

    /// <summary>The administrator's phone number.</summary>
    public const string AdministratorPhone = "administrator.phone";

    /// <summary>The administrator's e-mail address.</summary>
    public const string AdministratorEmail = "administrator.email";

    /// <summary>The administrator's e-mail address, again.</summary>
    public const string AdministratorEmailConfirmation = "administrator.emailConfirmation";

    /// <summary>The one-time password wish.</summary>
    public const string WantsOneTimePassword = "wantsOneTimePassword";
}
