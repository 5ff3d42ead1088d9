using NodaTime;

namespace Accounts.Testing;

/// <summary>
/// A clock that stands still until told to move, for tests and demonstrations of
/// deadlines and expiries. Thread-safe.
/// </summary>
/// <remarks>
/// NodaTime.Testing offers the same; it is not available from the package source this
/// project builds with, so the project keeps its own.
/// </remarks>
public sealed class FakeClock : IClock
{
    private readonly Lock _gate = new();
    private Instant _now;
    private Duration _autoAdvance;

    /// <summary>Creates a clock at the given instant.</summary>
    /// <param name="initial">The instant the clock shows first.</param>
    /// <param name="autoAdvance">How far the clock moves after each reading; zero by default.</param>
    public FakeClock(Instant initial, Duration autoAdvance = default)
    {
        _now = initial;
        _autoAdvance = autoAdvance;
    }

    /// <summary>Creates a clock at the given UTC date and time.</summary>
    public static FakeClock FromUtc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(Instant.FromUtc(year, month, day, hour, minute, second));

    /// <summary>Creates a clock at the given Japan local date and time (Asia/Tokyo).</summary>
    public static FakeClock FromJapanLocal(int year, int month, int day, int hour = 0, int minute = 0)
    {
        var tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
        return new FakeClock(new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(tokyo).ToInstant());
    }

    /// <summary>How far the clock moves after each reading.</summary>
    public Duration AutoAdvance
    {
        get { lock (_gate) { return _autoAdvance; } }
        set { lock (_gate) { _autoAdvance = value; } }
    }

    /// <inheritdoc />
    public Instant GetCurrentInstant()
    {
        lock (_gate)
        {
            var now = _now;
            _now += _autoAdvance;
            return now;
        }
    }

    /// <summary>Moves the clock forward (or back, with a negative duration).</summary>
    /// <param name="duration">How far to move.</param>
    public void Advance(Duration duration)
    {
        lock (_gate)
        {
            _now += duration;
        }
    }

    /// <summary>Moves the clock forward by whole days of 24 hours.</summary>
    /// <param name="days">How many days.</param>
    public void AdvanceDays(int days) => Advance(Duration.FromDays(days));

    /// <summary>Sets the clock to an instant.</summary>
    /// <param name="instant">The new reading.</param>
    public void Reset(Instant instant)
    {
        lock (_gate)
        {
            _now = instant;
        }
    }
}
