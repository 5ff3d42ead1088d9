using Accounts.Text;
using NodaTime;

namespace Accounts.Onboarding;

/// <summary>
/// How onboarding applications behave. The defaults are NEXI's: the registration link lasts 60
/// days from sending, and sign-in details are posted about 5 business days after the printed
/// form arrives; the other values are the library's choices, which a portal replaces.
/// </summary>
public sealed record OnboardingPolicy
{
    /// <summary>NEXI's onboarding.</summary>
    public static OnboardingPolicy Nexi { get; } = new();

    /// <summary>How long the registration link and password work after they were mailed (60 days).</summary>
    public Duration LinkValidity { get; init => field = Positive(value); } = Duration.FromDays(60);

    /// <summary>How long input may stay idle before it is discarded and the applicant authenticates again (30 minutes).</summary>
    public Duration IdleTimeout { get; init => field = Positive(value); } = Duration.FromMinutes(30);

    /// <summary>Wrong registration passwords before the application is locked and the applicant starts over (5).</summary>
    public int MaxPasswordAttempts { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one attempt."); } = 5;

    /// <summary>How long the printed application form is valid after submission (30 days).</summary>
    public Duration PrintedFormValidity { get; init => field = Positive(value); } = Duration.FromDays(30);

    /// <summary>How long a resume link works after the operator sent it (14 days).</summary>
    public Duration ResumeLinkValidity { get; init => field = Positive(value); } = Duration.FromDays(14);

    /// <summary>Business days from receipt of the printed form to posting the sign-in details (5).</summary>
    public int DeliveryBusinessDays { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Zero or more business days."); } = 5;

    /// <summary>The administrator's department (所属名): full-width, 25; this or the title is required.</summary>
    public TextRule AdministratorDepartment { get; init; } = new(TextKind.FullWidth, 25, Required: false);

    /// <summary>The administrator's title (役職名): full-width, 50; this or the department is required.</summary>
    public TextRule AdministratorTitle { get; init; } = new(TextKind.FullWidth, 50, Required: false);

    /// <summary>The administrator's name (氏名): full-width, 50.</summary>
    public TextRule AdministratorName { get; init; } = new(TextKind.FullWidth, 50);

    /// <summary>The administrator's e-mail address: at most 50 characters on NEXI's form.</summary>
    public int AdministratorEmailMaxLength { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A positive length."); } = 50;

    /// <summary>A copy whose full-width fields accept the given repertoire.</summary>
    /// <param name="repertoire">Which characters count as full-width.</param>
    public OnboardingPolicy WithFullWidth(FullWidthRepertoire repertoire) => this with
    {
        AdministratorDepartment = AdministratorDepartment.WithFullWidth(repertoire),
        AdministratorTitle = AdministratorTitle.WithFullWidth(repertoire),
        AdministratorName = AdministratorName.WithFullWidth(repertoire),
    };

    private static Duration Positive(Duration value) =>
        value > Duration.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "An onboarding duration must be positive.");
}
