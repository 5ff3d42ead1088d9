using System.Diagnostics.Metrics;
using Accounts.Diagnostics;
using Accounts.Domain.Tests.UseCases;
using Accounts.InMemory;
using Accounts.Members;
using Accounts.Storage;
using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Accounts.AspNetCore.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task SignIns_AreCountedByOutcome_TheLockoutOnce_AndLoggedWithoutWhatWasTyped()
    {
        using var portal = NewPortal(out var logs, options => options.Lockout = options.Lockout with { MaxFailedAttempts = 3 });
        using var signIns = Collect<long>(portal, "accounts.sign_ins");
        using var lockouts = Collect<long>(portal, "accounts.lockouts");
        var (_, administrator) = await portal.RegisterOrganizationAsync();

        await portal.SignIn.SignInAsync("admin@org.example.jp", TestPortal.Password);
        for (var i = 0; i < 5; i++)
        {
            await portal.SignIn.SignInAsync("admin@org.example.jp", "Wrong#Secret-" + i);
        }

        await portal.SignIn.SignInAsync("nobody@org.example.jp", "Typed#Secret-x");

        Assert.Equal(
            ["Succeeded", "InvalidCredentials", "InvalidCredentials", "LockedOut", "LockedOut", "LockedOut", "InvalidCredentials"],
            signIns.GetMeasurementSnapshot().Select(m => (string)m.Tags["accounts.outcome"]!));
        Assert.Equal(1, lockouts.GetMeasurementSnapshot().EvaluateAsCounter());
        var lockedOut = Assert.Single(logs.GetSnapshot(), r => r.Id.Id == 2002);
        Assert.Equal(LogLevel.Warning, lockedOut.Level);
        Assert.Contains(administrator.ToString(), lockedOut.Message, StringComparison.Ordinal);
        Assert.Contains(logs.GetSnapshot(), r => r.Id.Id == 2001);
        Assert.All(logs.GetSnapshot(), r =>
        {
            Assert.DoesNotContain("Secret", r.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("@", r.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task QuotaRefusalsAndInvitations_AreCounted_AndRefusalsLoggedWithTheirCode()
    {
        using var portal = NewPortal(out var logs, options => options.Quotas = options.Quotas with { MaxGeneralUsers = 1 });
        using var quota = Collect<long>(portal, "accounts.quota_refusals");
        using var invitations = Collect<long>(portal, "accounts.invitations");
        var (_, administrator) = await portal.RegisterOrganizationAsync();

        var first = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "first@org.example.jp", DisplayName = "First" });
        var second = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "second@org.example.jp", DisplayName = "Second" });

        Assert.True(first.IsSuccess);
        Assert.Equal("quota.reached", second.FirstError?.Code);
        Assert.Equal(1, quota.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(2, invitations.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Contains(logs.GetSnapshot(), r => r.Id.Id == 1001 && r.Message.Contains("quota.reached", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MailFailures_AreCountedAndLogged_AndTheBacklogIsAGauge()
    {
        using var portal = NewPortal(out var logs, mailSender: new FailingMailSender(new Accounts.InMemory.RecordingMailSender(), int.MaxValue));
        using var failures = Collect<long>(portal, "accounts.outbox.failures");
        using var backlog = Collect<int>(portal, "accounts.outbox.backlog");
        await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("admin@org.example.jp"), Auditing.ActorRef.Operator("operator"));

        await portal.Dispatcher.DispatchAsync();
        var seen = await portal.Dispatcher.GetBacklogAsync();

        Assert.Equal(1, failures.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(1, seen.Pending);
        Assert.Equal(1, backlog.LastMeasurement?.Value);
        Assert.Contains(logs.GetSnapshot(), r => r.Id.Id == 3001 && r.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Conflicts_AreCountedAndRetried_AndGivingUpIsAWarning()
    {
        using var portal = new TestPortal(options => options.MaxCommitAttempts = 2);
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        var conflicting = new ConflictingFirstUnitOfWork(new InMemoryUnitOfWork(portal.Database), conflicts: 5);
        var logs = new FakeLogCollector();
        using var busy = portal.With(services => services
            .AddSingleton<IUnitOfWork>(conflicting)
            .AddMetrics()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(logs))));
        using var conflicts = Collect<long>(busy, "accounts.conflicts");
        using var retries = Collect<long>(busy, "accounts.retries");

        var invited = await busy.Invitations.InviteAsync(administrator, new InviteMember { Email = "busy@org.example.jp", DisplayName = "Busy" });

        Assert.Equal("concurrency.conflict", invited.FirstError?.Code);
        Assert.Equal(2, conflicts.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(1, retries.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal([1002, 1003, 1001], logs.GetSnapshot().Select(r => r.Id.Id));
        Assert.Equal(LogLevel.Warning, logs.GetSnapshot()[1].Level);
    }

    [Fact]
    public void TheMeterAndTheActivitySource_AreNamedAccounts()
    {
        Assert.Equal("Accounts", AccountsDiagnostics.MeterName);
        Assert.Equal("Accounts", AccountsDiagnostics.ActivitySourceName);
    }

    private static TestPortal NewPortal(out FakeLogCollector logs, Action<DependencyInjection.AccountsOptions>? configure = null, Notifications.IMailSender? mailSender = null)
    {
        var collector = new FakeLogCollector();
        logs = collector;
        return new TestPortal(configure, mailSender: mailSender, services: services =>
        {
            services.AddMetrics();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(collector)));
        });
    }

    private static MetricCollector<T> Collect<T>(TestPortal portal, string instrument)
        where T : struct => new(portal.Get<IMeterFactory>(), AccountsDiagnostics.MeterName, instrument);
}
