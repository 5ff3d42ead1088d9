using Accounts.DependencyInjection;
using Accounts.Members;
using Accounts.Messages;
using Accounts.Organizations;
using Accounts.Results;
using Accounts.Text;

namespace Accounts.Registration;

/// <summary>
/// The one judgement of a pre-registration, used by the form, the readiness report and the cutover
/// alike — which is why the report predicts the run. Entries are judged in the order entered:
/// an entry's fields, its address repeated in the company, claimed by another company or held by
/// an account already, then the quotas; a company without an acceptable administrator, or with
/// company information the organization rules refuse, issues nothing.
/// </summary>
internal static class PreRegistrationValidator
{
    private static readonly Func<string, bool> Nobody = static _ => false;

    public static OrganizationRegistration ToRegistration(PreRegisteredCompany company) => new()
    {
        Industry = company.Industry,
        Category = company.Category,
        Profile = company.Profile,
        Manager = company.Manager,
    };

    /// <summary>Counts, for each address a pre-registration enters in a valid form, one more company claiming it.</summary>
    public static void CountClaims(PreRegistrationSnapshot preRegistration, AccountsPolicies policies, Dictionary<string, int> companiesPerAddress)
    {
        var seen = new HashSet<string>(preRegistration.People.Length, StringComparer.Ordinal);
        foreach (var person in preRegistration.People)
        {
            var email = EmailAddress.Parse(person.Email, "email", policies.Email.MaxLength);
            if (email.IsSuccess && seen.Add(email.Value.Value))
            {
                companiesPerAddress[email.Value.Value] = companiesPerAddress.GetValueOrDefault(email.Value.Value) + 1;
            }
        }
    }

    /// <summary>Judges a pre-registration on its own: no other company's claims, no accounts held.</summary>
    public static PreRegistrationVerdict Validate(PreRegistrationSnapshot preRegistration, AccountsPolicies policies) =>
        Validate(preRegistration, policies, Nobody, Nobody);

    /// <summary>Judges a pre-registration.</summary>
    /// <param name="preRegistration">The pre-registration.</param>
    /// <param name="policies">The portal's rules.</param>
    /// <param name="claimedByOtherCompany">Whether another company's pre-registration enters the (normalized) address too.</param>
    /// <param name="taken">Whether an account outside the cutover holds the (normalized) address.</param>
    public static PreRegistrationVerdict Validate(PreRegistrationSnapshot preRegistration, AccountsPolicies policies, Func<string, bool> claimedByOtherCompany, Func<string, bool> taken)
    {
        var registration = ToRegistration(preRegistration.Company);
        var verdict = new PreRegistrationVerdict(preRegistration, registration);
        var legacy = preRegistration.LegacyAccountId;
        foreach (var error in Organization.Validate(registration, policies.Profile, policies.Email))
        {
            verdict.Refusals.Add(new CutoverRefusal(legacy, null, null, error));
        }

        var people = preRegistration.People;
        var maxPeople = policies.Campaign?.MaxPeople ?? int.MaxValue;
        if (people.IsDefaultOrEmpty)
        {
            verdict.Refusals.Add(new CutoverRefusal(legacy, null, null, CampaignErrors.PeopleRequired.Error("people")));
        }
        else if (people.Length > maxPeople)
        {
            verdict.Refusals.Add(new CutoverRefusal(legacy, null, null, CampaignErrors.PeopleLimit.Error("people", MessageDefinition.Argument("limit", maxPeople))));
        }

        var seen = new HashSet<string>(people.Length, StringComparer.Ordinal);
        Span<int> seated = stackalloc int[8];
        var errors = new List<Error>(1);
        for (var entry = 0; entry < people.Length; entry++)
        {
            var person = people[entry];
            errors.Clear();
            var error = JudgeFields(person, policies, errors, out var email)
                ?? (!seen.Add(email.Value) ? CampaignErrors.AddressRepeated.Error("email")
                : claimedByOtherCompany(email.Value) ? CampaignErrors.AddressInOtherCompany.Error("email")
                : taken(email.Value) ? MemberErrors.EmailTaken.Error("email")
                : QuotaError(person.Type, seated, policies.Quotas));
            if (error is not null)
            {
                verdict.Refusals.Add(new CutoverRefusal(legacy, entry, person.Email, error));
                continue;
            }

            seated[(int)person.Type]++;
            verdict.Accepted.Add(new AcceptedPerson(entry, email, person));
        }

        if (!people.IsDefaultOrEmpty && seated[(int)MemberType.Administrator] == 0)
        {
            verdict.Refusals.Add(new CutoverRefusal(legacy, null, null, CampaignErrors.AdministratorRequired.Error("people")));
        }

        verdict.IssuesOrganization = !verdict.Refusals.Exists(static r => r.Entry is null);
        if (!verdict.IssuesOrganization)
        {
            verdict.Accepted.Clear();
            return verdict;
        }

        foreach (var accepted in verdict.Accepted)
        {
            foreach (var warning in policies.Email.Advise(accepted.Email, accepted.Person.IsSharedAddress))
            {
                verdict.Warnings.Add(new CutoverWarning(legacy, accepted.Entry, accepted.Email.Value, warning));
            }
        }

        return verdict;
    }

    private static Error? JudgeFields(PreRegisteredPerson person, AccountsPolicies policies, List<Error> errors, out EmailAddress email)
    {
        email = default;
        if (person is null)
        {
            return FieldErrors.Required.Error("person");
        }

        if (person.Type is not (MemberType.Administrator or MemberType.General or MemberType.ExternalInvited))
        {
            return CampaignErrors.AccountTypeInvalid.Error("type");
        }

        var parsed = EmailAddress.Parse(person.Email, "email", policies.Email.MaxLength);
        if (parsed.IsFailure)
        {
            return parsed.Errors[0];
        }

        email = parsed.Value;
        if (!TextValidation.Check(person.DisplayName, policies.DisplayName, "displayName", errors))
        {
            return errors[0];
        }

        return person.Language is { } language && !Language.IsSupported(language) ? FieldErrors.Unsupported.Error("language") : null;
    }

    private static Error? QuotaError(MemberType type, Span<int> seated, QuotaPolicy quotas) =>
        quotas.LimitOf(type) is { } limit && seated[(int)type] >= limit
            ? MemberErrors.QuotaReached.Error(type.ToString(), MessageDefinition.Argument("type", type.ToString()), MessageDefinition.Argument("limit", limit))
            : null;
}
