using Accounts.Calendars;
using NodaTime;

namespace Accounts.Domain.Tests.Calendars;

public sealed class JapanTimeTests
{
    [Fact]
    public void DatesAndDisplays_AreJapanLocal()
    {
        var instant = Instant.FromUtc(2025, 9, 27, 15, 0);

        Assert.Equal(new LocalDate(2025, 9, 28), JapanTime.DateOf(instant));
        Assert.Equal("2025-09-28 00:00 JST", JapanTime.Format(instant));
        Assert.Equal("Asia/Tokyo", JapanTime.Zone.Id);
    }
}
