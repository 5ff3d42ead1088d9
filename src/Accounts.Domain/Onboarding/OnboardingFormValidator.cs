using Accounts.DependencyInjection;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Results;
using Accounts.SignIn;
using Accounts.Text;

namespace Accounts.Onboarding;

/// <summary>
/// Checks an onboarding form for its kind: the organization's fields with the limits
/// of the organization profile, the administrator's department or title (at least one), name, phone, the e-mail
/// address twice, the one-time password wish. Every invalid field is reported at once.
/// </summary>
public static class OnboardingFormValidator
{
    /// <summary>Checks the fields of a form, without looking at what is registered.</summary>
    /// <param name="kind">The kind of application.</param>
    /// <param name="form">The form.</param>
    /// <param name="policies">The portal's policies.</param>
    /// <returns>The errors; empty when every field is valid.</returns>
    public static IReadOnlyList<Error> Validate(OnboardingKind kind, OnboardingForm form, AccountsPolicies policies)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(policies);
        var errors = new List<Error>();
        if (kind is OnboardingKind.HeadOffice or OnboardingKind.Unit)
        {
            errors.AddRange(Organization.Validate(ToRegistration(form), policies.Profile, policies.Email));
        }

        if (kind == OnboardingKind.Unit)
        {
            if (string.IsNullOrWhiteSpace(form.HeadOfficeCode))
            {
                errors.Add(FieldErrors.Required.Error(OnboardingFields.HeadOfficeCode));
            }

            if (form.UnitKind is not (OrganizationKind.Branch or OrganizationKind.Department or OrganizationKind.Office))
            {
                errors.Add((form.UnitKind is null ? FieldErrors.Required : FieldErrors.Unsupported).Error(OnboardingFields.UnitKind));
            }
        }

        if (kind == OnboardingKind.WebUser && string.IsNullOrWhiteSpace(form.OrganizationCode))
        {
            errors.Add(FieldErrors.Required.Error(OnboardingFields.OrganizationCode));
        }

        ValidateAdministrator(form, policies, errors);
        return errors;
    }

    /// <summary>The organization's part of a form as a registration.</summary>
    /// <param name="form">The form.</param>
    public static OrganizationRegistration ToRegistration(OnboardingForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new OrganizationRegistration
        {
            Industry = string.IsNullOrEmpty(form.Industry) ? Industry.Other.Code : form.Industry,
            Category = form.Category,
            ReferringBankName = form.ReferringBankName,
            Profile = form.Profile,
            RequiresOneTimePassword = form.WantsOneTimePassword ?? false,
        };
    }

    private static void ValidateAdministrator(OnboardingForm form, AccountsPolicies policies, List<Error> errors)
    {
        var policy = policies.Onboarding;
        var hasDepartment = !string.IsNullOrWhiteSpace(form.AdministratorDepartment);
        var hasTitle = !string.IsNullOrWhiteSpace(form.AdministratorTitle);
        if (!hasDepartment && !hasTitle)
        {
            errors.Add(OnboardingErrors.DepartmentOrTitleRequired.Error(OnboardingFields.AdministratorDepartment));
        }

        TextValidation.Check(form.AdministratorDepartment, policy.AdministratorDepartment, OnboardingFields.AdministratorDepartment, errors);
        TextValidation.Check(form.AdministratorTitle, policy.AdministratorTitle, OnboardingFields.AdministratorTitle, errors);
        TextValidation.Check(form.AdministratorName, policy.AdministratorName, OnboardingFields.AdministratorName, errors);
        if (string.IsNullOrWhiteSpace(form.AdministratorPhone))
        {
            errors.Add(FieldErrors.Required.Error(OnboardingFields.AdministratorPhone));
        }
        else if (!JapanesePhoneNumber.TryNormalize(form.AdministratorPhone, out _))
        {
            errors.Add(FieldErrors.PhoneFormat.Error(OnboardingFields.AdministratorPhone));
        }

        var email = EmailAddress.Parse(form.AdministratorEmail, OnboardingFields.AdministratorEmail, Math.Min(policy.AdministratorEmailMaxLength, policies.Email.MaxLength));
        errors.AddRange(email.Errors);
        if (email.IsSuccess && !string.Equals(form.AdministratorEmail?.Trim(), form.AdministratorEmailConfirmation?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(FieldErrors.Mismatch.Error(OnboardingFields.AdministratorEmailConfirmation));
        }

        if (form.WantsOneTimePassword is null)
        {
            errors.Add(FieldErrors.Required.Error(OnboardingFields.WantsOneTimePassword));
        }
        else if (form.WantsOneTimePassword.Value && !policies.OneTimePasswordsEnabled)
        {
            errors.Add(OneTimePasswordErrors.Disabled.Error(OnboardingFields.WantsOneTimePassword));
        }
    }
}
