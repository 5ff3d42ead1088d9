using System.Collections.Immutable;
using Accounts.Calendars;
using Accounts.Messages;
using Accounts.Results;
using NodaTime;

namespace Accounts.Registration;

/// <summary>
/// A migration from shared company logins to personal accounts, as data: a pre-registration
/// window open all day from its first to its last date, the last day the legacy shared accounts
/// sign in, and the cutover day. Every date is a date in Japan; an instant is judged by the day
/// it falls on there.
/// </summary>
public sealed record RegistrationCampaign
{
    /// <summary>Creates a campaign.</summary>
    /// <param name="preRegistrationOpens">The first day of the pre-registration window.</param>
    /// <param name="preRegistrationCloses">The last day of the window, open until midnight.</param>
    /// <param name="lastLegacyDay">The last day the legacy shared accounts sign in.</param>
    /// <param name="cutoverDay">The day personal accounts take over.</param>
    /// <exception cref="ArgumentException">The dates are not in order: the window must open no later than it closes, close before cutover, and the legacy accounts must stop before cutover.</exception>
    public RegistrationCampaign(LocalDate preRegistrationOpens, LocalDate preRegistrationCloses, LocalDate lastLegacyDay, LocalDate cutoverDay)
    {
        if (preRegistrationOpens > preRegistrationCloses || preRegistrationCloses >= cutoverDay || lastLegacyDay >= cutoverDay)
        {
            throw new ArgumentException(
                $"A campaign's dates run: window opens ({JapanTime.FormatDate(preRegistrationOpens)}) ≤ window closes ({JapanTime.FormatDate(preRegistrationCloses)}) < cutover ({JapanTime.FormatDate(cutoverDay)}), and the last legacy day ({JapanTime.FormatDate(lastLegacyDay)}) < cutover.",
                nameof(preRegistrationOpens));
        }

        (PreRegistrationOpens, PreRegistrationCloses, LastLegacyDay, CutoverDay) = (preRegistrationOpens, preRegistrationCloses, lastLegacyDay, cutoverDay);
    }

    /// <summary>ClassNK 2025: pre-registration 2025-06-15 to 2025-09-14, shared accounts until 2025-09-27, cutover 2025-09-28.</summary>
    public static RegistrationCampaign ClassNk2025 { get; } = new(new LocalDate(2025, 6, 15), new LocalDate(2025, 9, 14), new LocalDate(2025, 9, 27), new LocalDate(2025, 9, 28));

    /// <summary>The first day of the pre-registration window.</summary>
    public LocalDate PreRegistrationOpens { get; }

    /// <summary>The last day of the pre-registration window, open until midnight in Japan.</summary>
    public LocalDate PreRegistrationCloses { get; }

    /// <summary>The last day the legacy shared accounts sign in.</summary>
    public LocalDate LastLegacyDay { get; }

    /// <summary>The day personal accounts take over.</summary>
    public LocalDate CutoverDay { get; }

    /// <summary>The codes of the services in the migration; the others keep their own logins. Empty: every service of the catalog.</summary>
    public ImmutableArray<string> MigratedServices { get; init; } = [];

    /// <summary>The most people one pre-registration may name; 500 by default.</summary>
    public int MaxPeople { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one person."); } = 500;

    /// <summary>
    /// How many pre-registrations the cutover issues per commit; 100 by default (about 1,000
    /// people at ten per company). A batch is the unit of atomicity and of the checkpoint.
    /// </summary>
    public int CutoverBatchSize { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one pre-registration per batch."); } = 100;

    /// <summary>Where the campaign stands at an instant.</summary>
    /// <param name="now">The instant.</param>
    public CampaignPhase PhaseAt(Instant now)
    {
        var today = JapanTime.DateOf(now);
        return today < PreRegistrationOpens ? CampaignPhase.BeforePreRegistration
            : today <= PreRegistrationCloses ? CampaignPhase.PreRegistration
            : today < CutoverDay ? CampaignPhase.AwaitingCutover
            : CampaignPhase.AfterCutover;
    }

    /// <summary>Whether a pre-registration may be made or changed at an instant: <see langword="null"/> inside the window, else the error saying when.</summary>
    /// <param name="now">The instant.</param>
    public Error? CheckPreRegistration(Instant now) => PhaseAt(now) switch
    {
        CampaignPhase.PreRegistration => null,
        CampaignPhase.BeforePreRegistration => CampaignErrors.PreRegistrationNotOpen.Error("campaign", MessageDefinition.Argument("opens", JapanTime.FormatDate(PreRegistrationOpens))),
        _ => CampaignErrors.PreRegistrationClosed.Error("campaign", MessageDefinition.Argument("cutover", JapanTime.FormatDate(CutoverDay))),
    };

    /// <summary>Whether a legacy shared account signs in at an instant: <see langword="null"/> up to its last day, else <c>campaign.legacy_account_retired</c>.</summary>
    /// <param name="now">The instant.</param>
    public Error? CheckLegacySignIn(Instant now) =>
        JapanTime.DateOf(now) <= LastLegacyDay ? null : CampaignErrors.LegacyAccountRetired.Error("campaign", MessageDefinition.Argument("cutover", JapanTime.FormatDate(CutoverDay)));

    /// <summary>Whether a service moves to personal accounts with the campaign; one that does not keeps its current login.</summary>
    /// <param name="serviceCode">The service's code.</param>
    public bool Migrates(string serviceCode) => MigratedServices.IsDefaultOrEmpty || MigratedServices.Contains(serviceCode, StringComparer.Ordinal);
}
