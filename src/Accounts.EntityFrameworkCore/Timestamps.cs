using NodaTime;

namespace Accounts.EntityFrameworkCore;

/// <summary>
/// Instants as the databases keep them: UTC <see cref="DateTime"/> to the microsecond
/// (<c>timestamp with time zone</c> in PostgreSQL, ISO text in SQLite, which sorts and compares
/// as time does).
/// </summary>
internal static class Timestamps
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static DateTime ToColumn(Instant instant)
    {
        var utc = instant.ToDateTimeUtc();
        return new DateTime(utc.Ticks - (utc.Ticks % TicksPerMicrosecond), DateTimeKind.Utc);
    }

    public static DateTime? ToColumn(Instant? instant) => instant is { } value ? ToColumn(value) : null;

    public static Instant FromColumn(DateTime value) => Instant.FromDateTimeUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static Instant? FromColumn(DateTime? value) => value is { } column ? FromColumn(column) : null;

    /// <summary>The instant as the database will give it back, for comparing what was written with what is read.</summary>
    public static Instant Stored(Instant instant) => FromColumn(ToColumn(instant));
}
