using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Accounts.Calendars;

/// <summary>Japan local time (Asia/Tokyo from NodaTime's tzdb), the time of every date the portals publish (R-REG-1).</summary>
public static class JapanTime
{
    private static readonly LocalDateTimePattern DisplayPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    /// <summary>The Asia/Tokyo time zone.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    /// <summary>The Japan local date of an instant.</summary>
    /// <param name="instant">The instant.</param>
    public static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>Formats an instant as Japan local time for people, for example <c>2025-09-28 09:00 JST</c>.</summary>
    /// <param name="instant">The instant.</param>
    public static string Format(Instant instant) =>
        string.Create(CultureInfo.InvariantCulture, $"{DisplayPattern.Format(instant.InZone(Zone).LocalDateTime)} JST");
}
