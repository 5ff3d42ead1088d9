using System.Globalization;
using NodaTime;

namespace Accounts.Calendars;

/// <summary>Japan local time (Asia/Tokyo from NodaTime's tzdb), the time of every date the portals publish.</summary>
internal static class JapanTime
{
    /// <summary>The Asia/Tokyo time zone.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    /// <summary>The Japan local date of an instant.</summary>
    /// <param name="instant">The instant.</param>
    public static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>Formats an instant as Japan local time for people, for example <c>2025-09-28 09:00 JST</c>.</summary>
    /// <summary>A day as <c>yyyy-MM-dd</c>, the same on every culture: how mail and messages show dates.</summary>
    public static string FormatDate(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    public static string Format(Instant instant)
    {
        // Written by hand: NodaTime's general pattern engine costs ten times more for this one fixed shape.
        var local = instant.InZone(Zone).LocalDateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{local.Year:D4}-{local.Month:D2}-{local.Day:D2} {local.Hour:D2}:{local.Minute:D2} JST");
    }
}
