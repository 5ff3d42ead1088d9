using System.Collections.Immutable;
using NodaTime;

namespace Accounts.Calendars;

/// <summary>
/// The days a portal is closed besides weekends and holidays: a yearly period (the year-end
/// closing) and one-off days (a maintenance day). Immutable; presets for government offices and
/// banks.
/// </summary>
public sealed record ClosingDays
{
    /// <summary>No closing days beyond weekends and holidays.</summary>
    public static ClosingDays None { get; } = new();

    /// <summary>Government offices: December 29 to January 3.</summary>
    public static ClosingDays GovernmentYearEnd { get; } = new() { YearlyFrom = new AnnualDate(12, 29), YearlyTo = new AnnualDate(1, 3) };

    /// <summary>Banks: December 31 to January 3.</summary>
    public static ClosingDays BankYearEnd { get; } = new() { YearlyFrom = new AnnualDate(12, 31), YearlyTo = new AnnualDate(1, 3) };

    /// <summary>The first day of the yearly closing, or <see langword="null"/> for none.</summary>
    public AnnualDate? YearlyFrom { get; init; }

    /// <summary>The last day of the yearly closing; before <see cref="YearlyFrom"/> when it spans the new year.</summary>
    public AnnualDate? YearlyTo { get; init; }

    /// <summary>One-off closing days.</summary>
    public ImmutableArray<LocalDate> OneOff { get; init; } = [];

    /// <summary>Returns these closing days with more one-off days, for example maintenance days.</summary>
    /// <param name="days">The days.</param>
    public ClosingDays WithOneOff(params IEnumerable<LocalDate> days) => this with { OneOff = [.. OneOff, .. days] };

    /// <summary>Whether the portal is closed on a day by these rules (weekends and holidays aside).</summary>
    /// <param name="date">The day.</param>
    public bool Closes(LocalDate date)
    {
        if (OneOff.Contains(date))
        {
            return true;
        }

        if (YearlyFrom is not { } from || YearlyTo is not { } to)
        {
            return false;
        }

        var day = new AnnualDate(date.Month, date.Day);
        return from.CompareTo(to) <= 0
            ? day.CompareTo(from) >= 0 && day.CompareTo(to) <= 0
            : day.CompareTo(from) >= 0 || day.CompareTo(to) <= 0;
    }
}
