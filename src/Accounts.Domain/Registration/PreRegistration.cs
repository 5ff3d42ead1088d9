using Accounts.Messages;
using Accounts.Results;
using Accounts.Text;
using NodaTime;

namespace Accounts.Registration;

/// <summary>
/// A company's pre-registration as the model changes it. A submission replaces the earlier one
/// whole and is stored as given: entries the cutover would refuse stay, with their findings, for
/// the company to correct inside the window.
/// </summary>
internal static class PreRegistration
{
    public static Result<PreRegistrationSnapshot> Submit(PreRegistrationSnapshot? earlier, PreRegistrationId newId, LegacyAccountId legacyAccountId, SubmitPreRegistration command, RegistrationCampaign campaign, Instant now)
    {
        if (command.Company is not { } company)
        {
            return FieldErrors.Required.Error("company");
        }

        if (command.People is not { Count: > 0 } people)
        {
            return CampaignErrors.PeopleRequired.Error("people");
        }

        if (people.Count > campaign.MaxPeople)
        {
            return CampaignErrors.PeopleLimit.Error("people", MessageDefinition.Argument("limit", campaign.MaxPeople));
        }

        for (var i = 0; i < people.Count; i++)
        {
            if (people[i] is null)
            {
                return FieldErrors.Required.Error($"people[{i}]");
            }
        }

        return earlier is null
            ? new PreRegistrationSnapshot { Id = newId, LegacyAccountId = legacyAccountId, Company = company, People = [.. people], SubmittedAt = now, UpdatedAt = now }
            : earlier with { Company = company, People = [.. people], UpdatedAt = now };
    }
}
