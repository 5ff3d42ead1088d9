using NodaTime;

namespace Accounts.Calendars;

/// <summary>The days the calendars cover, 1955-01-01 to 2099-12-31, as indexes from the first.</summary>
internal static class DayRange
{
    public static readonly LocalDate First = new(JapaneseHolidayRules.FirstYear, 1, 1);
    public static readonly LocalDate Last = new(JapaneseHolidayRules.LastYear, 12, 31);

    private static readonly int FirstDayNumber = First.ToDateOnly().DayNumber;

    // The index of each year's January 1, and the day of the year each month starts on (common, leap):
    // a date's index is three reads, without the division a general day-number conversion does.
    private static readonly int[] YearStarts = Enumerable.Range(JapaneseHolidayRules.FirstYear, JapaneseHolidayRules.LastYear - JapaneseHolidayRules.FirstYear + 2)
        .Select(year => new DateOnly(year, 1, 1).DayNumber - FirstDayNumber)
        .ToArray();

    private static readonly int[] MonthStarts = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];

    /// <summary>How many days are covered: the index the year after the last would start at.</summary>
    public static int Count => YearStarts[^1];

    /// <summary>Whether the calendar covers a day.</summary>
    public static bool Contains(LocalDate date) => date >= First && date <= Last;

    public static int IndexOf(LocalDate date, string parameterName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        var year = date.Year - JapaneseHolidayRules.FirstYear;
        if ((uint)year >= (uint)(YearStarts.Length - 1))
        {
            throw new ArgumentOutOfRangeException(parameterName, date, $"The calendar covers {First:yyyy-MM-dd} to {Last:yyyy-MM-dd}.");
        }

        var leap = YearStarts[year + 1] - YearStarts[year] == 366 ? 13 : 0;
        return YearStarts[year] + MonthStarts[leap + date.Month] + date.Day - 1;
    }

    public static LocalDate DateAt(int index) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(FirstDayNumber + index));
}
