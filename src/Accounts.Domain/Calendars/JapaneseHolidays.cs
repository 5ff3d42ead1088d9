using System.Collections.Frozen;
using NodaTime;

namespace Accounts.Calendars;

/// <summary>
/// Public holidays in Japan from 1955 to 2099, with their Japanese names: national holidays,
/// substitute holidays (振替休日) and bridge holidays (国民の休日), computed by the rules of the
/// Act on National Holidays and its amendments. Nothing depends on the machine's culture or
/// time zone. Thread-safe.
/// </summary>
public static class JapaneseHolidays
{
    // Every year is computed once, at first use; lookups and year lists read the results.
    private static readonly JapaneseHoliday[][] Years = Enumerable.Range(JapaneseHolidayRules.FirstYear, JapaneseHolidayRules.LastYear - JapaneseHolidayRules.FirstYear + 1)
        .Select(year => JapaneseHolidayRules.Compute(year).ToArray())
        .ToArray();

    private static readonly FrozenDictionary<LocalDate, JapaneseHoliday> ByDate = Years.SelectMany(year => year).ToFrozenDictionary(h => h.Date);

    private static readonly ulong[] Bits = BuildBits();

    /// <summary>The first day covered: 1955-01-01.</summary>
    public static LocalDate FirstDate => DayRange.First;

    /// <summary>The last day covered: 2099-12-31.</summary>
    public static LocalDate LastDate => DayRange.Last;

    /// <summary>Whether the day is a public holiday.</summary>
    /// <param name="date">A day from 1955-01-01 to 2099-12-31.</param>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside the years covered.</exception>
    public static bool IsHoliday(LocalDate date)
    {
        var index = DayRange.IndexOf(date, nameof(date));
        return (Bits[index >> 6] & (1UL << index)) != 0;
    }

    /// <summary>The holiday on a day, or <see langword="null"/> when the day is not one.</summary>
    /// <param name="date">A day from 1955-01-01 to 2099-12-31.</param>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside the years covered.</exception>
    public static JapaneseHoliday? Find(LocalDate date) =>
        IsHoliday(date) ? ByDate[date] : null;

    /// <summary>The holidays of a year, in date order.</summary>
    /// <param name="year">1955 to 2099.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the years covered.</exception>
    public static IReadOnlyList<JapaneseHoliday> InYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, JapaneseHolidayRules.FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, JapaneseHolidayRules.LastYear);
        return Years[year - JapaneseHolidayRules.FirstYear].AsReadOnly();
    }

    /// <summary>The holidays as bits, one per day from <see cref="FirstDate"/>; shared with business calendars.</summary>
    internal static ReadOnlySpan<ulong> HolidayBits => Bits;

    private static ulong[] BuildBits()
    {
        var bits = new ulong[(DayRange.Count + 63) / 64];
        foreach (var date in ByDate.Keys)
        {
            var index = DayRange.IndexOf(date, nameof(date));
            bits[index >> 6] |= 1UL << index;
        }

        return bits;
    }
}
