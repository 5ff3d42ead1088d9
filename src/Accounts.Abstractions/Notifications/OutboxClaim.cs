using NodaTime;

namespace Accounts.Notifications;

/// <summary>A dispatcher's request for due messages.</summary>
public sealed record OutboxClaim
{
    /// <summary>Creates a claim.</summary>
    /// <param name="claimant">Who claims: a name unique to one dispatcher run, so its marks can be told from another's.</param>
    /// <param name="now">The claim's instant: messages due at or before it are taken.</param>
    /// <param name="lease">How long the claimant holds the messages before another dispatcher may take them.</param>
    /// <param name="maxCount">The most messages to take.</param>
    public OutboxClaim(string claimant, Instant now, Duration lease, int maxCount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimant);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, Duration.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        Claimant = claimant;
        Now = now;
        Lease = lease;
        MaxCount = maxCount;
    }

    /// <summary>Who claims.</summary>
    public string Claimant { get; }

    /// <summary>The claim's instant.</summary>
    public Instant Now { get; }

    /// <summary>How long the lease lasts.</summary>
    public Duration Lease { get; }

    /// <summary>The most messages to take.</summary>
    public int MaxCount { get; }

    /// <summary>When the lease runs out.</summary>
    public Instant LeaseExpiresAt => Now + Lease;
}
