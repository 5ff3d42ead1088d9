using Accounts.Organizations;

namespace Accounts.Registration;

/// <summary>What the cutover does with one pre-registration: the organization and the people it issues, and what it refuses.</summary>
internal sealed class PreRegistrationVerdict
{
    public PreRegistrationVerdict(PreRegistrationSnapshot preRegistration, OrganizationRegistration registration) =>
        (PreRegistration, Registration, Accepted) = (preRegistration, registration, new(preRegistration.People.IsDefault ? 0 : preRegistration.People.Length));

    public PreRegistrationSnapshot PreRegistration { get; }

    public OrganizationRegistration Registration { get; }

    /// <summary>Whether an organization is issued; when not, <see cref="Accepted"/> is empty.</summary>
    public bool IssuesOrganization { get; set; }

    public List<AcceptedPerson> Accepted { get; }

    public List<CutoverRefusal> Refusals { get; } = [];

    public List<CutoverWarning> Warnings { get; } = [];
}
