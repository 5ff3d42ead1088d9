namespace Accounts.Registration;

/// <summary>A company's pre-registration as the form sends it; it replaces an earlier one whole.</summary>
public sealed record SubmitPreRegistration
{
    /// <summary>The company information.</summary>
    public PreRegisteredCompany? Company { get; init; }

    /// <summary>The people: administrators, general users and external invited users.</summary>
    public IReadOnlyList<PreRegisteredPerson>? People { get; init; }
}
