using Accounts.Calendars;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Accounts.Benchmarks;

/// <summary>
/// The business calendar against the straightforward way a host would write it: evaluate the
/// holiday rules for the day's year, and walk day by day. Targets (issue 11): <c>IsHoliday</c>
/// at most 2 ns, <c>AddBusinessDays(date, 20)</c> at most 20 ns, <c>BusinessDaysBetween</c> over a
/// year at most 20 ns, all without allocating.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private static readonly LocalDate Day = new(2026, 9, 18);
    private static readonly LocalDate YearLater = new(2027, 9, 18);
    private readonly BusinessCalendar _calendar = BusinessCalendar.Japan;

    [Benchmark]
    public bool IsHoliday() => JapaneseHolidays.IsHoliday(Day);

    [Benchmark]
    public bool IsHoliday_ByRules() => IsHolidayByRules(Day);

    [Benchmark]
    public LocalDate AddBusinessDays20() => _calendar.AddBusinessDays(Day, 20);

    [Benchmark]
    public LocalDate AddBusinessDays20_DayByDay()
    {
        var day = Day;
        for (var left = 20; left > 0;)
        {
            day = day.PlusDays(1);
            if (day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !IsHolidayByRules(day))
            {
                left--;
            }
        }

        return day;
    }

    [Benchmark]
    public int BusinessDaysBetweenAYear() => _calendar.BusinessDaysBetween(Day, YearLater);

    [Benchmark]
    public int BusinessDaysBetweenAYear_DayByDay()
    {
        var count = 0;
        for (var day = Day.PlusDays(1); day <= YearLater; day = day.PlusDays(1))
        {
            count += _calendar.IsBusinessDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>What a host writes without a table: the rules for the year, then a search.</summary>
    private static bool IsHolidayByRules(LocalDate date)
    {
        foreach (var holiday in JapaneseHolidayRules.Compute(date.Year))
        {
            if (holiday.Date == date)
            {
                return true;
            }
        }

        return false;
    }
}
