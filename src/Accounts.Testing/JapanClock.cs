using NodaTime;
using NodaTime.Testing;

namespace Accounts.Testing;

/// <summary>Fake clocks at Japan local times (Asia/Tokyo), the time of every date the portals publish.</summary>
public static class JapanClock
{
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    /// <summary>A clock at the given Japan local date and time.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <param name="hour">The hour.</param>
    /// <param name="minute">The minute.</param>
    public static FakeClock At(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(Instant(year, month, day, hour, minute));

    /// <summary>The instant of a Japan local date and time.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <param name="hour">The hour.</param>
    /// <param name="minute">The minute.</param>
    public static Instant Instant(int year, int month, int day, int hour = 0, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Tokyo).ToInstant();
}
