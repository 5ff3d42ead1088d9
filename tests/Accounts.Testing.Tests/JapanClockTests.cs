using NodaTime;

namespace Accounts.Testing.Tests;

public sealed class JapanClockTests
{
    [Fact]
    public void AJapanLocalTime_IsNineHoursAheadOfUtc()
    {
        var clock = JapanClock.At(2025, 9, 28, 0, 0);

        Assert.Equal(Instant.FromUtc(2025, 9, 27, 15, 0), clock.GetCurrentInstant());
    }
}
