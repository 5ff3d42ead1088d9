using NodaTime;

namespace Accounts.Passwords;

/// <summary>Locks an account out of sign-in for a while after too many failed attempts.</summary>
public sealed record LockoutPolicy
{
    /// <summary>5 failed attempts lock the account for 15 minutes.</summary>
    public static LockoutPolicy Default { get; } = new();

    /// <summary>How many failed attempts in a row lock the account.</summary>
    public int MaxFailedAttempts { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one attempt."); } = 5;

    /// <summary>How long a lockout lasts.</summary>
    public Duration LockoutDuration { get; init => field = value > Duration.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A lockout lasts a positive time."); } = Duration.FromMinutes(15);
}
