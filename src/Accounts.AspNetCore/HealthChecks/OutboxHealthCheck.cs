using Accounts.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Accounts.HealthChecks;

/// <summary>
/// Reports the outbox backlog: healthy while mail leaves, degraded when much waits or the oldest
/// waits long, unhealthy when the oldest waits longer than <see cref="OutboxHealthCheckOptions.UnhealthyAge"/>.
/// The data holds the count and the age, never an address.
/// </summary>
public sealed class OutboxHealthCheck : IHealthCheck
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IClock _clock;
    private readonly OutboxHealthCheckOptions _options;

    /// <summary>Created by the container.</summary>
    /// <param name="scopes">Makes a scope per check: the outbox is scoped.</param>
    /// <param name="clock">The library's clock.</param>
    /// <param name="options">The thresholds.</param>
    public OutboxHealthCheck(IServiceScopeFactory scopes, IClock clock, IOptions<OutboxHealthCheckOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_scopes, _clock, _options) = (scopes, clock, options.Value);
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var backlog = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().GetBacklogAsync(cancellationToken).ConfigureAwait(false);
            var age = backlog.OldestCreatedAt is { } oldest ? (_clock.GetCurrentInstant() - oldest).ToTimeSpan() : TimeSpan.Zero;
            var data = new Dictionary<string, object> { ["pending"] = backlog.Pending, ["oldestAgeSeconds"] = Math.Max(0, age.TotalSeconds) };
            if (age > _options.UnhealthyAge)
            {
                return new HealthCheckResult(context?.Registration.FailureStatus ?? HealthStatus.Unhealthy, $"The oldest mail has waited {age:g}.", data: data);
            }

            return backlog.Pending > _options.DegradedBacklog || age > _options.DegradedAge
                ? HealthCheckResult.Degraded($"{backlog.Pending} mails wait; the oldest for {age:g}.", data: data)
                : HealthCheckResult.Healthy($"{backlog.Pending} mails wait.", data);
        }
    }
}
