using System.Collections.Immutable;
using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>
/// A service of the portal's catalog, as data: who may apply for it, how applications are
/// decided and how long that takes. Having an account gives no service; an organization applies,
/// and once approved every member may use it from the start date.
/// </summary>
public sealed record ServiceDefinition
{
    /// <summary>Creates a service.</summary>
    /// <param name="code">The code, for example <c>webnaccs</c>: lower-case letters, digits, <c>-</c> and <c>_</c>, at most 40.</param>
    /// <param name="name">The name shown to applicants.</param>
    /// <exception cref="ArgumentException">The code or name is not valid.</exception>
    public ServiceDefinition(string code, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!IsValidCode(code))
        {
            throw new ArgumentException($"A service code is 1 to 40 lower-case letters, digits, '-' or '_'; '{code}' is not.", nameof(code));
        }

        Code = code;
        Name = name;
    }

    /// <summary>The code applications and entitlement checks name the service by.</summary>
    public string Code { get; }

    /// <summary>The name shown to applicants and in mail.</summary>
    public string Name { get; }

    /// <summary>Which form and workflow its applications follow.</summary>
    public ServiceApplicationKind ApplicationKind { get; init; } = ServiceApplicationKind.Use;

    /// <summary>The industry codes (as on <see cref="Organizations.OrganizationSnapshot.Industry"/>) that may apply; empty for every industry.</summary>
    public ImmutableArray<string> EligibleIndustries { get; init; } = [];

    /// <summary>Whether an operator reviews use applications or they are approved at once.</summary>
    public ServiceReviewMode ReviewMode { get; init; } = ServiceReviewMode.OperatorReview;

    /// <summary>Business days from submission to the due date of the decision; 0 for same day.</summary>
    public int LeadTimeBusinessDays
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The lead time is zero or more business days.");
    }

    /// <summary>The published start dates (system registration dates) of change applications; empty when the service publishes none.</summary>
    public ImmutableArray<LocalDate> Schedule { get; init; } = [];

    /// <summary>
    /// Whether the service stays outside the migration to personal accounts and keeps its own
    /// logins: nobody applies for it here, and an entitlement check answers
    /// <see cref="ServiceAccess.OwnLogin"/>.
    /// </summary>
    public bool KeepsOwnLogin { get; init; }

    /// <summary>WebNACCS as NACCS offers it: non-life insurers only, change applications reviewed by an operator within five business days, started on the published dates.</summary>
    /// <param name="schedule">The published system registration dates.</param>
    public static ServiceDefinition WebNaccs(params IEnumerable<LocalDate> schedule) => new("webnaccs", "WebNACCS")
    {
        ApplicationKind = ServiceApplicationKind.Change,
        EligibleIndustries = [Organizations.Industry.NonLifeInsurer.Code],
        ReviewMode = ServiceReviewMode.OperatorReview,
        LeadTimeBusinessDays = 5,
        Schedule = [.. schedule.Order()],
    };

    /// <summary>Whether an organization of an industry may apply.</summary>
    /// <param name="industry">The organization's industry code.</param>
    public bool AcceptsIndustry(string industry) => EligibleIndustries.IsDefaultOrEmpty || EligibleIndustries.Contains(industry, StringComparer.Ordinal);

    /// <summary>Whether a day is one of the published start dates.</summary>
    /// <param name="date">The day.</param>
    public bool IsScheduled(LocalDate date) => !Schedule.IsDefaultOrEmpty && Schedule.Contains(date);

    private static bool IsValidCode(string? code) =>
        code is { Length: > 0 and <= 40 } && code.All(static c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');
}
