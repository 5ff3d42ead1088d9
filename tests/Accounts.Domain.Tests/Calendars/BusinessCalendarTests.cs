using Accounts.Calendars;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Accounts.Domain.Tests.Calendars.JapaneseHolidaysTests;

namespace Accounts.Domain.Tests.Calendars;

[Trait("Req", "R-TIME-1")]
public sealed class BusinessCalendarTests
{
    // Dates from 1957 to 2096 and up to 400 business days (about 19 months) either way stay inside the years covered.
    private static readonly Arbitrary<(LocalDate Date, int Days)> DatesAndCounts =
        (from day in Gen.Choose(0, 365 * 140)
         from days in Gen.Choose(-400, 400)
         select (new LocalDate(1957, 1, 1).PlusDays(day), days)).ToArbitrary();

    [Theory]
    [InlineData("2026-09-19", false)]   // Saturday
    [InlineData("2026-09-21", false)]   // 敬老の日
    [InlineData("2026-09-22", false)]   // 国民の休日
    [InlineData("2026-09-24", true)]
    [InlineData("2026-12-29", true)]    // open without closing days
    public void Japan_ClosesWeekendsAndHolidays(string date, bool open)
    {
        Assert.Equal(open, BusinessCalendar.Japan.IsBusinessDay(Date(date)));
    }

    [Fact]
    public void FiveBusinessDaysAfterAReceipt_StepOverTheSilverWeek()
    {
        // Received on Friday 2026-09-18: the weekend and three holidays (Monday to Wednesday) pass before the count starts on Thursday.
        Assert.Equal(Date("2026-09-30"), BusinessCalendar.Japan.AddBusinessDays(Date("2026-09-18"), 5));
        Assert.Equal(5, BusinessCalendar.Japan.BusinessDaysBetween(Date("2026-09-18"), Date("2026-09-30")));
    }

    [Fact]
    public void TheGovernmentsYearEnd_AndOneOffClosingDays_AreClosed()
    {
        var calendar = BusinessCalendar.Create(ClosingDays.GovernmentYearEnd.WithOneOff(Date("2026-12-25")));

        Assert.False(calendar.IsBusinessDay(Date("2026-12-25")));
        Assert.False(calendar.IsBusinessDay(Date("2026-12-29")));
        Assert.False(calendar.IsBusinessDay(Date("2027-01-01")));
        Assert.Equal(Date("2026-12-28"), calendar.NextBusinessDay(Date("2026-12-24")));
        Assert.Equal(Date("2027-01-04"), calendar.NextBusinessDay(Date("2026-12-28")));
        Assert.Equal(Date("2026-12-28"), calendar.PreviousBusinessDay(Date("2027-01-04")));
        Assert.True(BusinessCalendar.Create(ClosingDays.BankYearEnd).IsBusinessDay(Date("2026-12-30")));
        Assert.False(BusinessCalendar.JapanGovernment.IsBusinessDay(Date("2026-12-30")));
    }

    [Theory]
    [InlineData("2026-09-18", 0, "2026-09-18")]   // a business day is its own zeroth
    [InlineData("2026-09-19", 0, "2026-09-24")]   // otherwise the next business day
    [InlineData("2026-09-24", -1, "2026-09-18")]
    [InlineData("2026-09-24", -5, "2026-09-14")]
    public void ZeroAndNegativeCounts(string date, int days, string expected)
    {
        Assert.Equal(Date(expected), BusinessCalendar.Japan.AddBusinessDays(Date(date), days));
    }

    [Fact]
    public void AnswersOutsideTheYearsCovered_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendar.Japan.AddBusinessDays(new LocalDate(2099, 12, 30), 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendar.Japan.AddBusinessDays(new LocalDate(1955, 1, 3), -5));
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendar.Japan.IsBusinessDay(new LocalDate(2100, 1, 1)));
    }

    [Property(MaxTest = 2_000)]
    public Property AddBusinessDays_LandsOnABusinessDay_AndBetweenInvertsIt()
    {
        var calendar = BusinessCalendar.Japan;
        return Prop.ForAll(DatesAndCounts, sample =>
        {
            var result = calendar.AddBusinessDays(sample.Date, sample.Days);
            return calendar.IsBusinessDay(result)
                && (sample.Days == 0 || calendar.BusinessDaysBetween(sample.Date, result) == sample.Days)
                && (sample.Days <= 0 || result > sample.Date)
                && (sample.Days >= 0 || result < sample.Date);
        });
    }

    [Property(MaxTest = 2_000)]
    public Property AddBusinessDays_IsMonotonicInTheCount()
    {
        var calendar = BusinessCalendar.Create(ClosingDays.GovernmentYearEnd);
        return Prop.ForAll(DatesAndCounts, sample =>
        {
            var (before, after) = (calendar.AddBusinessDays(sample.Date, sample.Days), calendar.AddBusinessDays(sample.Date, sample.Days + 1));

            // On a closed day, zero business days and one both reach the next business day.
            return before < after || (sample.Days == 0 && !calendar.IsBusinessDay(sample.Date) && before == after);
        });
    }

    [Property]
    public Property TheBitsAgreeWithTheRules_DayByDay()
    {
        var calendar = BusinessCalendar.Create(ClosingDays.BankYearEnd);
        return Prop.ForAll(DatesAndCounts, sample =>
            calendar.IsBusinessDay(sample.Date) == (sample.Date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
                && JapaneseHolidays.InYear(sample.Date.Year).All(h => h.Date != sample.Date)
                && !ClosingDays.BankYearEnd.Closes(sample.Date)));
    }
}
