using Accounts.Calendars;
using NodaTime;

namespace Accounts.Domain.Tests.Calendars;

[Trait("Req", "R-TIME-1")]
public sealed class JapaneseHolidaysTests
{
    [Theory]
    [InlineData("1973-04-30", "振替休日", HolidayKind.Substitute)]   // the first substitute day, weeks after the law
    [InlineData("1978-01-02", "振替休日", HolidayKind.Substitute)]
    [InlineData("1987-05-04", "振替休日", HolidayKind.Substitute)]
    [InlineData("1988-05-04", "国民の休日", HolidayKind.Bridge)]     // the first bridge day
    [InlineData("2008-05-06", "振替休日", HolidayKind.Substitute)]   // from 2007: the next day that is not a holiday
    [InlineData("2009-05-06", "振替休日", HolidayKind.Substitute)]
    [InlineData("2009-09-22", "国民の休日", HolidayKind.Bridge)]
    [InlineData("2015-09-22", "国民の休日", HolidayKind.Bridge)]
    [InlineData("2026-09-22", "国民の休日", HolidayKind.Bridge)]
    [InlineData("2019-04-30", "国民の休日", HolidayKind.Bridge)]
    [InlineData("2019-05-01", "天皇の即位の日", HolidayKind.National)]
    [InlineData("2019-05-02", "国民の休日", HolidayKind.Bridge)]
    [InlineData("2019-10-22", "即位礼正殿の儀", HolidayKind.National)]
    [InlineData("1959-04-10", "皇太子・明仁親王の結婚の儀", HolidayKind.National)]
    [InlineData("1989-02-24", "昭和天皇の大喪の礼", HolidayKind.National)]
    [InlineData("1990-11-12", "即位礼正殿の儀", HolidayKind.National)]
    [InlineData("1993-06-09", "皇太子・徳仁親王の結婚の儀", HolidayKind.National)]
    [InlineData("2020-07-23", "海の日", HolidayKind.National)]     // the Olympic moves: all three holidays, both years
    [InlineData("2020-07-24", "スポーツの日", HolidayKind.National)]
    [InlineData("2020-08-10", "山の日", HolidayKind.National)]
    [InlineData("2021-07-22", "海の日", HolidayKind.National)]
    [InlineData("2021-07-23", "スポーツの日", HolidayKind.National)]
    [InlineData("2021-08-08", "山の日", HolidayKind.National)]
    [InlineData("2021-08-09", "振替休日", HolidayKind.Substitute)]
    [InlineData("2020-02-23", "天皇誕生日", HolidayKind.National)]
    [InlineData("2020-02-24", "振替休日", HolidayKind.Substitute)]
    [InlineData("1988-04-29", "天皇誕生日", HolidayKind.National)]
    [InlineData("1989-04-29", "みどりの日", HolidayKind.National)]
    [InlineData("2007-04-29", "昭和の日", HolidayKind.National)]
    [InlineData("2007-05-04", "みどりの日", HolidayKind.National)]
    [InlineData("2018-12-23", "天皇誕生日", HolidayKind.National)]
    [InlineData("1966-09-15", "敬老の日", HolidayKind.National)]
    [InlineData("1966-10-10", "体育の日", HolidayKind.National)]
    [InlineData("1967-02-11", "建国記念の日", HolidayKind.National)]
    [InlineData("1996-07-20", "海の日", HolidayKind.National)]
    [InlineData("2016-08-11", "山の日", HolidayKind.National)]
    [InlineData("2000-01-10", "成人の日", HolidayKind.National)]    // Happy Monday from 2000
    [InlineData("1955-03-21", "春分の日", HolidayKind.National)]
    [InlineData("1955-09-24", "秋分の日", HolidayKind.National)]
    [InlineData("1956-09-23", "秋分の日", HolidayKind.National)]    // the formula's division truncates toward zero
    [InlineData("1960-03-20", "春分の日", HolidayKind.National)]
    [InlineData("2026-03-20", "春分の日", HolidayKind.National)]
    public void TheEdgeDays_AreHolidays_WithTheirNames(string date, string name, HolidayKind kind)
    {
        var day = Date(date);

        Assert.True(JapaneseHolidays.IsHoliday(day));
        Assert.Equal(new JapaneseHoliday(day, name, kind), JapaneseHolidays.Find(day));
    }

    [Theory]
    [InlineData("1967-01-16")]   // before 1973-04-12 a Sunday holiday (1967-01-15) had no substitute
    [InlineData("1986-05-04")]   // a Sunday between two holidays stayed a Sunday until 2006
    [InlineData("2019-12-23")]   // no Emperor's Birthday in 2019
    [InlineData("2019-02-23")]
    [InlineData("2020-07-20")]   // where Marine Day would have been
    [InlineData("2020-10-12")]   // where Sports Day would have been
    [InlineData("2020-08-11")]
    [InlineData("2021-07-19")]
    [InlineData("2021-10-11")]
    [InlineData("2021-08-11")]
    [InlineData("2000-10-10")]   // Health and Sports Day moved to the second Monday in 2000
    [InlineData("1965-09-15")]   // Respect for the Aged Day began in 1966
    public void DaysThatLookLikeHolidays_AreNot(string date)
    {
        Assert.False(JapaneseHolidays.IsHoliday(Date(date)));
        Assert.Null(JapaneseHolidays.Find(Date(date)));
    }

    [Fact]
    public void AYear_ListsItsHolidaysInOrder_2026AsPublished()
    {
        Assert.Equal(
            [
                ("2026-01-01", "元日"), ("2026-01-12", "成人の日"), ("2026-02-11", "建国記念の日"), ("2026-02-23", "天皇誕生日"),
                ("2026-03-20", "春分の日"), ("2026-04-29", "昭和の日"), ("2026-05-03", "憲法記念日"), ("2026-05-04", "みどりの日"),
                ("2026-05-05", "こどもの日"), ("2026-05-06", "振替休日"), ("2026-07-20", "海の日"), ("2026-08-11", "山の日"),
                ("2026-09-21", "敬老の日"), ("2026-09-22", "国民の休日"), ("2026-09-23", "秋分の日"), ("2026-10-12", "スポーツの日"),
                ("2026-11-03", "文化の日"), ("2026-11-23", "勤労感謝の日"),
            ],
            JapaneseHolidays.InYear(2026).Select(h => (h.Date.ToString("yyyy-MM-dd", null), h.Name)));
    }

    [Theory]
    [InlineData(1973, "1/1 1/15 2/11 3/21 4/29 4/30 5/3 5/5 9/15 9/23 9/24 10/10 11/3 11/23")]
    [InlineData(1990, "1/1 1/15 2/11 2/12 3/21 4/29 4/30 5/3 5/4 5/5 9/15 9/23 9/24 10/10 11/3 11/12 11/23 12/23 12/24")]
    [InlineData(2019, "1/1 1/14 2/11 3/21 4/29 4/30 5/1 5/2 5/3 5/4 5/5 5/6 7/15 8/11 8/12 9/16 9/23 10/14 10/22 11/3 11/4 11/23")]
    [InlineData(2020, "1/1 1/13 2/11 2/23 2/24 3/20 4/29 5/3 5/4 5/5 5/6 7/23 7/24 8/10 9/21 9/22 11/3 11/23")]
    [InlineData(2021, "1/1 1/11 2/11 2/23 3/20 4/29 5/3 5/4 5/5 7/22 7/23 8/8 8/9 9/20 9/23 11/3 11/23")]
    [InlineData(2024, "1/1 1/8 2/11 2/12 2/23 3/20 4/29 5/3 5/4 5/5 5/6 7/15 8/11 8/12 9/16 9/22 9/23 10/14 11/3 11/4 11/23")]
    [InlineData(2027, "1/1 1/11 2/11 2/23 3/21 3/22 4/29 5/3 5/4 5/5 7/19 8/11 9/20 9/23 10/11 11/3 11/23")]
    public void Years_MatchTheDatesTheCabinetOfficePublished(int year, string dates)
    {
        Assert.Equal(dates, string.Join(' ', JapaneseHolidays.InYear(year).Select(h => $"{h.Date.Month}/{h.Date.Day}")));
    }

    [Fact]
    public void EveryYear_HasBetween9And22Holidays_NeverOnTheSameDayTwice()
    {
        for (var year = 1955; year <= 2099; year++)
        {
            var holidays = JapaneseHolidays.InYear(year);
            Assert.InRange(holidays.Count, 9, 22);
            Assert.Equal(holidays.Count, holidays.Select(h => h.Date).Distinct().Count());
            Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
        }
    }

    [Fact]
    public void SubstituteHolidays_FollowASundayHoliday_AndBridgeHolidaysLieBetweenTwoNationalHolidays()
    {
        for (var year = 1955; year <= 2099; year++)
        {
            var holidays = JapaneseHolidays.InYear(year);
            foreach (var substitute in holidays.Where(h => h.Kind == HolidayKind.Substitute))
            {
                var day = substitute.Date.PlusDays(-1);
                while (JapaneseHolidays.Find(day) is { Kind: HolidayKind.National } && day.DayOfWeek != IsoDayOfWeek.Sunday)
                {
                    day = day.PlusDays(-1);
                }

                Assert.Equal(IsoDayOfWeek.Sunday, day.DayOfWeek);
                Assert.Equal(HolidayKind.National, JapaneseHolidays.Find(day)?.Kind);
            }

            foreach (var bridge in holidays.Where(h => h.Kind == HolidayKind.Bridge))
            {
                Assert.Equal(HolidayKind.National, JapaneseHolidays.Find(bridge.Date.PlusDays(-1))?.Kind);
                Assert.Equal(HolidayKind.National, JapaneseHolidays.Find(bridge.Date.PlusDays(1))?.Kind);
            }
        }
    }

    [Fact]
    public void DaysOutsideTheYearsCovered_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseHolidays.IsHoliday(new LocalDate(1954, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseHolidays.IsHoliday(new LocalDate(2100, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseHolidays.InYear(2100));
        Assert.True(JapaneseHolidays.IsHoliday(JapaneseHolidays.FirstDate));
        Assert.False(JapaneseHolidays.IsHoliday(JapaneseHolidays.LastDate));
    }

    internal static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
