using System.Globalization;
using Accounts.Calendars;
using NodaTime;

namespace Accounts.AspNetCore.Tests;

/// <summary>The calendars answer the same under any host culture; the domain tests prove it under invariant globalization.</summary>
[Trait("Req", "R-TIME-1")]
public sealed class CalendarCultureTests
{
    [Theory]
    [InlineData("th-TH")]            // the Thai Buddhist calendar counts years from 543 BC
    [InlineData("ja-JP")]
    [InlineData("ar-SA")]
    public void HolidaysAndBusinessDays_DoNotDependOnTheCurrentCulture(string culture)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            Assert.Equal(18, JapaneseHolidays.InYear(2026).Count);
            Assert.True(JapaneseHolidays.IsHoliday(new LocalDate(2026, 9, 22)));
            Assert.Equal(new LocalDate(2026, 9, 30), BusinessCalendar.Japan.AddBusinessDays(new LocalDate(2026, 9, 18), 5));
            Assert.Equal(new LocalDate(2027, 1, 4), BusinessCalendar.JapanGovernment.NextBusinessDay(new LocalDate(2026, 12, 28)));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
