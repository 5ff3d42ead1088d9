namespace Accounts.HealthChecks;

/// <summary>When the outbox backlog makes the host degraded or unhealthy.</summary>
public sealed class OutboxHealthCheckOptions
{
    /// <summary>Degraded when more messages wait. Default 1,000.</summary>
    public int DegradedBacklog { get; set; } = 1_000;

    /// <summary>Degraded when the oldest waiting message is older. Default 15 minutes.</summary>
    public TimeSpan DegradedAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Unhealthy when the oldest waiting message is older: mail is not leaving. Default 1 hour.</summary>
    public TimeSpan UnhealthyAge { get; set; } = TimeSpan.FromHours(1);
}
