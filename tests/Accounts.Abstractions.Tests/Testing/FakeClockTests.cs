using Accounts.Testing;
using NodaTime;

namespace Accounts.Abstractions.Tests.Testing;

public sealed class FakeClockTests
{
    [Fact]
    public void Clock_StandsStill_UntilAdvanced()
    {
        var clock = FakeClock.FromUtc(2025, 9, 28);

        Assert.Equal(clock.GetCurrentInstant(), clock.GetCurrentInstant());

        clock.Advance(Duration.FromHours(3));
        Assert.Equal(Instant.FromUtc(2025, 9, 28, 3, 0), clock.GetCurrentInstant());

        clock.AdvanceDays(60);
        Assert.Equal(Instant.FromUtc(2025, 11, 27, 3, 0), clock.GetCurrentInstant());
    }

    [Fact]
    public void AutoAdvance_MovesTheClockAfterEachReading()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 1, 1, 0, 0), Duration.FromSeconds(1));

        var first = clock.GetCurrentInstant();
        var second = clock.GetCurrentInstant();

        Assert.Equal(Duration.FromSeconds(1), second - first);
    }

    [Fact]
    public void FromJapanLocal_IsNineHoursAheadOfUtc()
    {
        var clock = FakeClock.FromJapanLocal(2025, 9, 28, 0, 0);

        Assert.Equal(Instant.FromUtc(2025, 9, 27, 15, 0), clock.GetCurrentInstant());
    }
}
