using System.Collections.Immutable;
using NodaTime;

namespace Accounts.Registration;

/// <summary>A company's pre-registration, with what the cutover would refuse in it as it stands.</summary>
public sealed record PreRegistrationView
{
    /// <summary>The pre-registration.</summary>
    public required PreRegistrationId Id { get; init; }

    /// <summary>The company's legacy account.</summary>
    public required LegacyAccountId LegacyAccountId { get; init; }

    /// <summary>The company information.</summary>
    public required PreRegisteredCompany Company { get; init; }

    /// <summary>The people, in the order entered.</summary>
    public required ImmutableArray<PreRegisteredPerson> People { get; init; }

    /// <summary>
    /// What the pre-registration itself gets refused for (bad fields, repeated addresses, quotas,
    /// no administrator). Clashes with other companies show only in the readiness report.
    /// </summary>
    public required ImmutableArray<CutoverRefusal> Findings { get; init; }

    /// <summary>Advice on entries: free-mail and shared addresses.</summary>
    public required ImmutableArray<CutoverWarning> Warnings { get; init; }

    /// <summary>When it was first submitted.</summary>
    public required Instant SubmittedAt { get; init; }

    /// <summary>When it was last changed.</summary>
    public required Instant UpdatedAt { get; init; }
}
