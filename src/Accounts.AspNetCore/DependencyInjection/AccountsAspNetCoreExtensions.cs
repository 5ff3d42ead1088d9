using Accounts.DependencyInjection;
using Accounts.HealthChecks;
using Accounts.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

#pragma warning disable IDE0130 // Extension methods on the builders live in their namespace so hosts find them without a using.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the ASP.NET Core parts of the Accounts library.</summary>
public static class AccountsAspNetCoreExtensions
{
    /// <summary>
    /// Runs the outbox dispatcher as a hosted service: every period, at once again after a full
    /// batch, with a doubling wait after a failed run. Safe with several instances.
    /// </summary>
    /// <param name="builder">The builder <c>AddAccounts</c> returned.</param>
    /// <param name="configure">Adjusts the period, batch size and backoff.</param>
    public static AccountsBuilder AddOutboxDispatcherService(this AccountsBuilder builder, Action<OutboxDispatcherServiceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<OutboxDispatcherServiceOptions>()
            .Validate(static o => o.Period > TimeSpan.Zero && o.BatchSize >= 1 && o.MaxBackoff >= o.Period, "The outbox dispatcher needs a positive period, a batch of at least one, and a maximum backoff no shorter than the period.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OutboxDispatcherService>());
        return builder;
    }

    /// <summary>Adds a health check of the outbox backlog, tagged <c>accounts</c>.</summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="configure">Adjusts the thresholds.</param>
    /// <param name="name">The check's name.</param>
    public static IHealthChecksBuilder AddAccountsOutbox(this IHealthChecksBuilder builder, Action<OutboxHealthCheckOptions>? configure = null, string name = "accounts-outbox")
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<OutboxHealthCheckOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return builder.AddCheck<OutboxHealthCheck>(name, HealthStatus.Unhealthy, ["accounts"]);
    }
}
