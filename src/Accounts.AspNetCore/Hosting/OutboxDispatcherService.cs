using Accounts.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Accounts.Hosting;

/// <summary>
/// Runs the <see cref="OutboxDispatcher"/> in the background: every <see cref="OutboxDispatcherServiceOptions.Period"/>,
/// at once again after a full batch, and with a doubling wait after a run that threw (a database
/// down, say). Several instances, in one process or many, are safe: each run claims its messages
/// under a lease of its own.
/// </summary>
public sealed partial class OutboxDispatcherService : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly OutboxDispatcherServiceOptions _options;
    private readonly TimeProvider? _time;
    private readonly ILogger<OutboxDispatcherService> _logger;

    /// <summary>Created by the container.</summary>
    /// <param name="scopes">Makes a scope per run: the dispatcher and its stores are scoped.</param>
    /// <param name="options">The period, batch size and backoff.</param>
    /// <param name="logger">The log.</param>
    /// <param name="time">The host's time provider, when it registered one (a <c>FakeTimeProvider</c> in tests); waits run on it.</param>
    public OutboxDispatcherService(IServiceScopeFactory scopes, IOptions<OutboxDispatcherServiceOptions> options, ILogger<OutboxDispatcherService> logger, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_scopes, _options, _logger, _time) = (scopes, options.Value, logger, time);
    }

    /// <summary>Runs once: dispatches one batch and reads the backlog, reporting both.</summary>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>What the run did.</returns>
    public async Task<DispatchReport> RunOnceAsync(CancellationToken cancellationToken)
    {
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var dispatcher = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
            var report = await dispatcher.DispatchAsync(_options.BatchSize, cancellationToken).ConfigureAwait(false);
            await dispatcher.GetBacklogAsync(cancellationToken).ConfigureAwait(false);
            return report;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                var report = await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                failures = 0;
                wait = report.Sent + report.Failed + report.Abandoned >= _options.BatchSize ? TimeSpan.Zero : _options.Period;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failing run (the database unreachable, say) must not stop the host; it is logged and tried again later.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures++;
                wait = Backoff(failures);
                RunFailed(_logger, exception, failures, wait);
            }

            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await (_time is null ? Task.Delay(wait, stoppingToken) : Task.Delay(wait, _time, stoppingToken)).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>The wait after the given number of failed runs in a row: the period, doubled per failure, at most the maximum.</summary>
    /// <param name="failures">Failed runs in a row, at least one.</param>
    internal TimeSpan Backoff(int failures)
    {
        var doubled = _options.Period * Math.Pow(2, Math.Min(failures - 1, 30));
        return doubled < _options.MaxBackoff ? doubled : _options.MaxBackoff;
    }

    [LoggerMessage(EventId = 4001, EventName = "OutboxRunFailed", Level = LogLevel.Error, Message = "Outbox dispatcher run failed ({Failures} in a row); next run in {Wait}")]
    private static partial void RunFailed(ILogger logger, Exception exception, int failures, TimeSpan wait);
}
