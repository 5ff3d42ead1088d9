using System.Diagnostics;
using System.Diagnostics.Metrics;
using Accounts.Notifications;
using NodaTime;

namespace Accounts.Diagnostics;

/// <summary>
/// The library's instruments. One per container, made from the host's <see cref="IMeterFactory"/>
/// when it has one, so a test's <c>MetricCollector</c> sees only its own host. Recording costs a
/// flag check while nobody listens.
/// </summary>
internal sealed class AccountsTelemetry : IDisposable
{
    /// <summary>Traces each use case and each dispatcher run; <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> answers null while nobody listens.</summary>
    public static readonly ActivitySource Source = new(AccountsDiagnostics.ActivitySourceName, typeof(AccountsTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>For pipelines made without a container (tests, benchmarks); a container makes its own.</summary>
    public static AccountsTelemetry Shared { get; } = new();

    private readonly Meter _meter;
    private readonly bool _ownsMeter;

    public AccountsTelemetry(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(AccountsDiagnostics.MeterName) ?? new Meter(AccountsDiagnostics.MeterName);
        SignIns = _meter.CreateCounter<long>("accounts.sign_ins", "{attempt}", "Sign-in steps by outcome.");
        Lockouts = _meter.CreateCounter<long>("accounts.lockouts", "{lockout}", "Accounts locked after too many wrong guesses.");
        Invitations = _meter.CreateCounter<long>("accounts.invitations", "{invitation}", "Invitations sent, resent or reissued.");
        Refusals = _meter.CreateCounter<long>("accounts.refusals", "{refusal}", "Use cases refused, by error code.");
        QuotaRefusals = _meter.CreateCounter<long>("accounts.quota_refusals", "{refusal}", "Use cases refused because an organization had no seat left.");
        Conflicts = _meter.CreateCounter<long>("accounts.conflicts", "{conflict}", "Commits that met a concurrent change.");
        Retries = _meter.CreateCounter<long>("accounts.retries", "{retry}", "Use cases run again after a conflict.");
        MailSent = _meter.CreateCounter<long>("accounts.outbox.sent", "{message}", "Mail handed to the sender.");
        MailFailures = _meter.CreateCounter<long>("accounts.outbox.failures", "{message}", "Failed deliveries, by whether they will be tried again.");
        Backlog = _meter.CreateGauge<int>("accounts.outbox.backlog", "{message}", "Mail waiting in the outbox, as last seen by a dispatcher or health check.");
        BacklogAge = _meter.CreateGauge<double>("accounts.outbox.backlog_age", "s", "Age of the oldest mail waiting in the outbox, as last seen.");
    }

    public Counter<long> SignIns { get; }

    public Counter<long> Lockouts { get; }

    public Counter<long> Invitations { get; }

    public Counter<long> Refusals { get; }

    public Counter<long> QuotaRefusals { get; }

    public Counter<long> Conflicts { get; }

    public Counter<long> Retries { get; }

    public Counter<long> MailSent { get; }

    public Counter<long> MailFailures { get; }

    public Gauge<int> Backlog { get; }

    public Gauge<double> BacklogAge { get; }

    public void RecordBacklog(OutboxBacklog backlog, Instant now)
    {
        Backlog.Record(backlog.Pending);
        BacklogAge.Record(backlog.OldestCreatedAt is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0);
    }

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
