using Accounts.Auditing;
using Accounts.Hosting;
using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Accounts.AspNetCore.Tests;

public sealed class OutboxDispatcherServiceTests
{
    [Fact]
    public void TheWaitAfterFailedRuns_DoublesFromThePeriod_UpToTheMaximum()
    {
        var service = new OutboxDispatcherService(null!, Options.Create(new OutboxDispatcherServiceOptions { Period = TimeSpan.FromSeconds(10), MaxBackoff = TimeSpan.FromMinutes(1) }), NullLogger<OutboxDispatcherService>.Instance);

        Assert.Equal(
            [10, 20, 40, 60, 60],
            new[] { 1, 2, 3, 4, 50 }.Select(failures => service.Backoff(failures).TotalSeconds));
    }

    [Fact]
    public async Task TheHostedDispatcher_SendsWhatTheUseCasesQueue_AndRunsAgainOnItsPeriod()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var portal = new TestPortal(services: services => services.AddSingleton<TimeProvider>(time).AddLogging(), storage: builder => builder.AddInMemoryStores().AddOutboxDispatcherService(options => options.Period = TimeSpan.FromSeconds(30)));
        var hosted = portal.Get<IEnumerable<IHostedService>>().OfType<OutboxDispatcherService>().Single();
        await RegisterAsync(portal, "first@org.example.jp");

        await hosted.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(() => portal.Mail.DeliveredTo("first@org.example.jp").Count == 1);
        await RegisterAsync(portal, "second@org.example.jp");
        Assert.Empty(portal.Mail.DeliveredTo("second@org.example.jp"));
        time.Advance(TimeSpan.FromSeconds(30));
        await Eventually.HoldsAsync(() => portal.Mail.DeliveredTo("second@org.example.jp").Count == 1);
        await hosted.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TwoHostedDispatchers_OverOneOutbox_SendEachMessageOnce()
    {
        using var portal = new TestPortal(services: services => services.AddLogging());
        await SendEachOnceAsync(portal);
    }

    [Fact]
    public async Task TwoHostedDispatchers_OverOneSqliteDatabase_SendEachMessageOnce_ThroughTheAdaptersClaims()
    {
        var file = Path.Combine(Path.GetTempPath(), $"accounts-dispatchers-{Guid.NewGuid():N}.db");
        try
        {
            using var portal = new TestPortal(services: services => services.AddLogging(), storage: builder => builder.AddSqliteStores($"Data Source={file}"));
            await portal.Get<IServiceProvider>().MigrateAccountsDatabaseAsync();
            await SendEachOnceAsync(portal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static async Task SendEachOnceAsync(TestPortal portal)
    {
        for (var i = 0; i < 20; i++)
        {
            await RegisterAsync(portal, $"admin{i}@org.example.jp");
        }

        var options = Options.Create(new OutboxDispatcherServiceOptions { BatchSize = 1, Period = TimeSpan.FromMilliseconds(10) });
        var scopes = portal.Get<IServiceScopeFactory>();
        var dispatchers = new[] { new OutboxDispatcherService(scopes, options, NullLogger<OutboxDispatcherService>.Instance), new OutboxDispatcherService(scopes, options, NullLogger<OutboxDispatcherService>.Instance) };
        foreach (var dispatcher in dispatchers)
        {
            await dispatcher.StartAsync(CancellationToken.None);
        }

        await Eventually.HoldsAsync(() => portal.Mail.Delivered.Count == 20);
        foreach (var dispatcher in dispatchers)
        {
            await dispatcher.StopAsync(CancellationToken.None);
        }

        Assert.Equal(20, portal.Mail.Delivered.Select(m => m.IdempotencyKey).Distinct().Count());
        Assert.Equal(0, portal.Mail.DuplicatesIgnored);
    }

    [Fact]
    public async Task TheHealthCheck_IsHealthyWhileMailLeaves_DegradedWhenItWaits_UnhealthyWhenItStops()
    {
        using var portal = new TestPortal(services: services => services.AddLogging().AddHealthChecks().AddAccountsOutbox(options => options.DegradedAge = TimeSpan.FromMinutes(15)), mailSender: new FailingMailSender(new InMemory.RecordingMailSender(), int.MaxValue));
        var health = portal.Get<HealthCheckService>();

        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);
        await RegisterAsync(portal, "admin@org.example.jp");
        await portal.Dispatcher.DispatchAsync();
        portal.Clock.AdvanceMinutes(20);
        var degraded = await health.CheckHealthAsync();
        portal.Clock.AdvanceMinutes(60);
        var unhealthy = await health.CheckHealthAsync();

        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Equal(1, degraded.Entries["accounts-outbox"].Data["pending"]);
        Assert.Equal(HealthStatus.Unhealthy, unhealthy.Status);
    }

    private static async Task RegisterAsync(TestPortal portal, string administratorEmail) =>
        Assert.True((await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration(administratorEmail), ActorRef.Operator("operator"))).IsSuccess);
}
