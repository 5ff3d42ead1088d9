using NodaTime;

namespace Accounts.Calendars;

/// <summary>
/// The holidays of a year by the Act on National Holidays and its amendments, 1955 to 2099:
/// fixed and Happy Monday days with the years each applied, the equinoxes by the standard
/// formula, one-off imperial days, the 2020 and 2021 Olympic moves, substitute holidays from
/// 1973-04-12 (the next day; from 2007 the next day that is not a national holiday) and bridge
/// holidays from 1985-12-27.
/// </summary>
internal static class JapaneseHolidayRules
{
    public const int FirstYear = 1955;
    public const int LastYear = 2099;

    private static readonly LocalDate SubstituteFrom = new(1973, 4, 12);
    private static readonly LocalDate BridgeFrom = new(1985, 12, 27);

    /// <summary>The holidays of a year, in date order.</summary>
    public static List<JapaneseHoliday> Compute(int year)
    {
        var national = NationalHolidays(year);
        var holidays = new List<JapaneseHoliday>(national.Count + 4);
        holidays.AddRange(national.Values);
        var isNational = national.ContainsKey;

        foreach (var holiday in national.Values)
        {
            if (holiday.Date.DayOfWeek != IsoDayOfWeek.Sunday || holiday.Date < SubstituteFrom)
            {
                continue;
            }

            // Until 2006 the Monday after; from 2007 the first day after that is not a national holiday.
            var substitute = holiday.Date.PlusDays(1);
            if (year >= 2007)
            {
                while (isNational(substitute))
                {
                    substitute = substitute.PlusDays(1);
                }
            }

            if (!isNational(substitute) && substitute.Year == year)
            {
                holidays.Add(new JapaneseHoliday(substitute, "振替休日", HolidayKind.Substitute));
            }
        }

        foreach (var holiday in national.Values)
        {
            var between = holiday.Date.PlusDays(1);
            if (between < BridgeFrom || isNational(between) || !isNational(between.PlusDays(1)) || holidays.Exists(h => h.Date == between))
            {
                continue;
            }

            // Until 2006 a Sunday in between stayed a Sunday.
            if (year < 2007 && between.DayOfWeek == IsoDayOfWeek.Sunday)
            {
                continue;
            }

            holidays.Add(new JapaneseHoliday(between, "国民の休日", HolidayKind.Bridge));
        }

        holidays.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        return holidays;
    }

    /// <summary>The vernal equinox day of March: the standard formula, its integer division truncating toward zero.</summary>
    public static int VernalEquinoxDay(int year) => year <= 1979
        ? (int)(20.8357 + (0.242194 * (year - 1980)) - ((year - 1983) / 4))
        : (int)(20.8431 + (0.242194 * (year - 1980)) - ((year - 1980) / 4));

    /// <summary>The autumnal equinox day of September, by the same formula.</summary>
    public static int AutumnalEquinoxDay(int year) => year <= 1979
        ? (int)(23.2588 + (0.242194 * (year - 1980)) - ((year - 1983) / 4))
        : (int)(23.2488 + (0.242194 * (year - 1980)) - ((year - 1980) / 4));

    private static SortedList<LocalDate, JapaneseHoliday> NationalHolidays(int year)
    {
        var days = new SortedList<LocalDate, JapaneseHoliday>(24);
        void Add(int month, int day, string name) => days.Add(new LocalDate(year, month, day), new JapaneseHoliday(new LocalDate(year, month, day), name, HolidayKind.National));
        void AddMonday(int month, int week, string name) => Add(month, NthMonday(year, month, week), name);

        Add(1, 1, "元日");
        if (year < 2000)
        {
            Add(1, 15, "成人の日");
        }
        else
        {
            AddMonday(1, 2, "成人の日");
        }

        if (year >= 1967)
        {
            Add(2, 11, "建国記念の日");
        }

        if (year >= 2020)
        {
            Add(2, 23, "天皇誕生日");
        }

        Add(3, VernalEquinoxDay(year), "春分の日");
        Add(4, 29, year <= 1988 ? "天皇誕生日" : year <= 2006 ? "みどりの日" : "昭和の日");
        Add(5, 3, "憲法記念日");
        if (year >= 2007)
        {
            Add(5, 4, "みどりの日");
        }

        Add(5, 5, "こどもの日");
        switch (year)
        {
            case 2020:
                Add(7, 23, "海の日");
                Add(7, 24, "スポーツの日");
                Add(8, 10, "山の日");
                break;
            case 2021:
                Add(7, 22, "海の日");
                Add(7, 23, "スポーツの日");
                Add(8, 8, "山の日");
                break;
            default:
                if (year is >= 1996 and <= 2002)
                {
                    Add(7, 20, "海の日");
                }
                else if (year >= 2003)
                {
                    AddMonday(7, 3, "海の日");
                }

                if (year >= 2016)
                {
                    Add(8, 11, "山の日");
                }

                if (year is >= 1966 and <= 1999)
                {
                    Add(10, 10, "体育の日");
                }
                else if (year >= 2000)
                {
                    AddMonday(10, 2, year <= 2019 ? "体育の日" : "スポーツの日");
                }

                break;
        }

        if (year is >= 1966 and <= 2002)
        {
            Add(9, 15, "敬老の日");
        }
        else if (year >= 2003)
        {
            AddMonday(9, 3, "敬老の日");
        }

        Add(9, AutumnalEquinoxDay(year), "秋分の日");
        Add(11, 3, "文化の日");
        Add(11, 23, "勤労感謝の日");
        if (year is >= 1989 and <= 2018)
        {
            Add(12, 23, "天皇誕生日");
        }

        switch (year)
        {
            case 1959:
                Add(4, 10, "皇太子・明仁親王の結婚の儀");
                break;
            case 1989:
                Add(2, 24, "昭和天皇の大喪の礼");
                break;
            case 1990:
                Add(11, 12, "即位礼正殿の儀");
                break;
            case 1993:
                Add(6, 9, "皇太子・徳仁親王の結婚の儀");
                break;
            case 2019:
                Add(5, 1, "天皇の即位の日");
                Add(10, 22, "即位礼正殿の儀");
                break;
        }

        return days;
    }

    private static int NthMonday(int year, int month, int week)
    {
        var first = new LocalDate(year, month, 1);
        var offset = ((int)IsoDayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return 1 + offset + ((week - 1) * 7);
    }
}
