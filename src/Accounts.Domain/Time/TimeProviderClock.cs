using Ardalis.GuardClauses;
using NodaTime;

namespace Accounts.Time;

/// <summary>
/// A NodaTime clock that reads a BCL <see cref="TimeProvider"/>, so that a host that drives time
/// through <see cref="TimeProvider"/> (for example <c>FakeTimeProvider</c> in its tests) drives
/// the library with it.
/// </summary>
public sealed class TimeProviderClock : IClock
{
    private readonly TimeProvider _time;

    /// <summary>Creates a clock over a time provider.</summary>
    /// <param name="time">The host's time provider.</param>
    public TimeProviderClock(TimeProvider time) => _time = Guard.Against.Null(time);

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Instant.FromDateTimeOffset(_time.GetUtcNow());
}
