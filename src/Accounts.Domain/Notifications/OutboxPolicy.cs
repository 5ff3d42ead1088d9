using NodaTime;

namespace Accounts.Notifications;

/// <summary>How the outbox dispatcher claims, retries and gives up on mail.</summary>
public sealed record OutboxPolicy
{
    /// <summary>Ten attempts, a five-minute lease, retries after 30 seconds doubling up to one hour.</summary>
    public static OutboxPolicy Default { get; } = new();

    /// <summary>How many failed deliveries abandon a message for a person to look at.</summary>
    public int MaxAttempts { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one attempt."); } = 10;

    /// <summary>How long a dispatcher holds the messages it claimed before another may take them.</summary>
    public Duration Lease { get; init => field = value > Duration.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A lease lasts a positive time."); } = Duration.FromMinutes(5);

    /// <summary>The wait before the second attempt; each later wait doubles.</summary>
    public Duration FirstRetryDelay { get; init => field = value > Duration.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A retry delay is positive."); } = Duration.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    public Duration MaxRetryDelay { get; init => field = value > Duration.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A retry delay is positive."); } = Duration.FromHours(1);

    /// <summary>When to try again after the given number of failed attempts, or <see langword="null"/> to give up.</summary>
    /// <param name="failedAttempts">Failed attempts so far, the one just made included.</param>
    /// <param name="failedAt">When the last attempt failed.</param>
    public Instant? RetryAt(int failedAttempts, Instant failedAt)
    {
        if (failedAttempts >= MaxAttempts)
        {
            return null;
        }

        var delay = FirstRetryDelay;
        for (var i = 1; i < failedAttempts && delay < MaxRetryDelay; i++)
        {
            delay += delay;
        }

        return failedAt + (delay < MaxRetryDelay ? delay : MaxRetryDelay);
    }
}
