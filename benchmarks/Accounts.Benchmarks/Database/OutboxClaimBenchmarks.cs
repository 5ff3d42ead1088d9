using System.Collections.Immutable;
using Accounts.Auditing;
using Accounts.Identifiers;
using Accounts.Notifications;
using Accounts.Storage;
using Accounts.Testing;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Accounts.Benchmarks.Database;

/// <summary>
/// Outbox throughput on PostgreSQL: claim pending mail in batches of 100 with a lease and mark
/// the batch sent, through the adapter's <see cref="IOutbox"/> as <c>OutboxDispatcher</c> uses it,
/// by one dispatcher and by four at once. Target (issue 8): at least 5,000 mails per second. Beside it, the outbox a team would
/// otherwise write with EF Core (load a batch of unsent rows, set their sent time, save), which
/// has no lease and so is safe with one dispatcher only. Mail is not rendered or sent: this
/// measures the database's part, with an empty table and with a million sent messages in it.
/// The reported time is per message.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class OutboxClaimBenchmarks : IDisposable
{
    private const int Messages = 5_000;
    private const int Batch = 100;

    private string _accountsDatabase = null!;
    private string _peerDatabase = null!;
    private TestPortal _portal = null!;
    private IOutbox _outbox = null!;
    private DbContextOptions<PeerOutboxContext> _peerOptions = null!;

    /// <summary>Mail sent before the run, which the claim's index must step over.</summary>
    [Params(0, 1_000_000)]
    public int SentBefore { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _accountsDatabase = BenchmarkServer.CreateDatabase("outbox", 8);
        _portal = AccountsOnPostgreSql.CreatePortal(_accountsDatabase);
        _outbox = _portal.Outbox;
        BenchmarkServer.Execute(_accountsDatabase, $"""
            INSERT INTO accounts_outbox_messages (id, template, recipients, language, parameters, created_at, status, attempts, sent_at)
            SELECT gen_random_uuid(), 'member.invitation', '["sent@outbox.example.jp"]', 'ja', '[]', now(), 'Sent', 1, now()
            FROM generate_series(1, {SentBefore}) AS n;
            ANALYZE accounts_outbox_messages;
            """);
        _peerDatabase = BenchmarkServer.CreateDatabase("outbox_peer", 8);
        _peerOptions = new DbContextOptionsBuilder<PeerOutboxContext>().UseNpgsql(_peerDatabase).Options;
        using var peer = new PeerOutboxContext(_peerOptions);
        peer.Database.EnsureCreated();
        BenchmarkServer.Execute(_peerDatabase, $"""
            INSERT INTO "Messages" ("Recipient", "Template", "CreatedAt", "SentAt")
            SELECT 'sent@outbox.example.jp', 'member.invitation', now(), now()
            FROM generate_series(1, {SentBefore}) AS n;
            ANALYZE "Messages";
            """);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Dispose();
        BenchmarkServer.DropDatabase(_accountsDatabase);
        BenchmarkServer.DropDatabase(_peerDatabase);
    }

    public void Dispose()
    {
        _portal?.Dispose();
        GC.SuppressFinalize(this);
    }

    [IterationSetup(Targets = [nameof(OneDispatcher), nameof(FourDispatchers)])]
    public void FillOutbox()
    {
        var now = _portal.Clock.GetCurrentInstant();
        var mail = Enumerable.Range(0, Messages).Select(i => new OutboxMessage
        {
            Id = TypedId.New<OutboxMessageId>(_portal.Secrets, now),
            Template = "member.invitation",
            To = [$"person{i}@outbox.example.jp"],
            Language = "ja",
            Parameters = [new MailParameter("organization", "海運管理株式会社")],
            CreatedAt = now,
        }).ToImmutableArray();
        var committed = _portal.UnitOfWork.CommitAsync(
            new ChangeSet { Mail = mail, Audit = [new AuditEntry(now, ActorRef.System, "benchmark.fill", string.Empty, AuditOutcome.Succeeded)] },
            default).AsTask().GetAwaiter().GetResult();
        if (!committed.IsCommitted)
        {
            throw new InvalidOperationException("Filling the outbox failed.");
        }
    }

    [IterationSetup(Target = nameof(HandWrittenEfCoreOutbox))]
    public void FillPeerOutbox()
    {
        using var peer = new PeerOutboxContext(_peerOptions);
        var now = DateTime.UtcNow;
        peer.Messages.AddRange(Enumerable.Range(0, Messages).Select(i => new PeerOutboxMessage { Recipient = $"person{i}@outbox.example.jp", Template = "member.invitation", CreatedAt = now }));
        peer.SaveChanges();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Messages, Description = "hand-written EF Core outbox, 1 dispatcher")]
    public async Task HandWrittenEfCoreOutbox()
    {
        var sent = 0;
        while (true)
        {
            await using var context = new PeerOutboxContext(_peerOptions);
            var batch = await context.Messages.Where(m => m.SentAt == null).OrderBy(m => m.Id).Take(Batch).ToListAsync();
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var message in batch)
            {
                message.SentAt = DateTime.UtcNow;
            }

            sent += await context.SaveChangesAsync();
        }

        Require(sent);
    }

    [Benchmark(OperationsPerInvoke = Messages, Description = "Accounts outbox (lease, SKIP LOCKED), 1 dispatcher")]
    public async Task OneDispatcher() => Require(await DispatchAsync("dispatcher-1"));

    [Benchmark(OperationsPerInvoke = Messages, Description = "Accounts outbox (lease, SKIP LOCKED), 4 dispatchers")]
    public async Task FourDispatchers() =>
        Require((await Task.WhenAll(Enumerable.Range(1, 4).Select(n => Task.Run(() => DispatchAsync($"dispatcher-{n}"))))).Sum());

    private async Task<int> DispatchAsync(string claimant)
    {
        var sent = 0;
        while (true)
        {
            var now = _portal.Clock.GetCurrentInstant();
            var claimed = await _outbox.ClaimAsync(new OutboxClaim(claimant, now, Duration.FromMinutes(5), Batch), default);
            if (claimed.Count == 0)
            {
                return sent;
            }

            // As the dispatcher does: the batch is handed to the mail sender, then marked sent in one write.
            sent += await _outbox.MarkSentAsync([.. claimed.Select(m => m.Id)], claimant, now, default);
        }
    }

    private static void Require(int sent)
    {
        if (sent != Messages)
        {
            throw new InvalidOperationException($"{sent} of {Messages} messages were marked sent.");
        }
    }
}
