using Accounts.Benchmarks.Registration;
using Accounts.Operators;
using Accounts.Registration;
using Accounts.Testing;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.Benchmarks.Database;

/// <summary>
/// The cutover of a ClassNK campaign on PostgreSQL through the library's adapter and its bulk
/// write path (binary <c>COPY</c>), ten people per company, every person's activation mail queued
/// in the outbox. Target (issue 13): 1,000,000 people in at most 60 s on two cores. The campaign
/// is seeded once into a database that every iteration copies (PostgreSQL's <c>TEMPLATE</c>), so
/// each run starts from the same untouched pre-registrations. The client and the server share
/// the two cores. The readiness report is measured on the in-memory adapter only: on a database it
/// looks up each candidate address by itself, which the issue leaves for later.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
[Config(typeof(PeakMemoryConfig))]
public class CutoverOnPostgreSqlBenchmarks : IDisposable
{
    private static readonly PortalOperator Manager = new("ops-benchmark", OperatorRole.CampaignManager);

    private string _seeded = null!;
    private string? _database;
    private TestPortal? _portal;

    [Params(10_000, 100_000, 1_000_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void SeedTemplate()
    {
        PeakMemory.Forget(PeakMemoryColumn.KeyOf(nameof(CutoverOnPostgreSqlBenchmarks), nameof(Cutover), People));
        _seeded = BenchmarkServer.CreateDatabase("cutover_seed", 4);
        using var portal = CutoverScaleBenchmarks.CreatePortal(storage => storage.AddPostgreSqlStores(_seeded));
        portal.Get<IServiceProvider>().MigrateAccountsDatabaseAsync().GetAwaiter().GetResult();
        new CutoverCampaignSeed(People).WriteToAsync(portal).GetAwaiter().GetResult();
        BenchmarkServer.Execute(_seeded, "VACUUM ANALYZE");
    }

    [IterationSetup]
    public void CopySeed()
    {
        _database = BenchmarkServer.CopyDatabase(_seeded, "cutover", 4);
        _portal = CutoverScaleBenchmarks.CreatePortal(storage => storage.AddPostgreSqlStores(_database));
        _ = _portal.Cutover;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        PeakMemory.Reset();
    }

    [IterationCleanup]
    public void DropCopy()
    {
        PeakMemory.Record(PeakMemoryColumn.KeyOf(nameof(CutoverOnPostgreSqlBenchmarks), nameof(Cutover), People));
        _portal?.Dispose();
        _portal = null;
        if (_database is not null)
        {
            BenchmarkServer.DropDatabase(_database);
            _database = null;
        }
    }

    [GlobalCleanup]
    public void DropTemplate()
    {
        Dispose();
        BenchmarkServer.DropDatabase(_seeded);
    }

    [Benchmark]
    public async Task<CutoverReport> Cutover()
    {
        var run = await _portal!.Cutover.RunAsync(Manager);
        if (run.IsFailure || run.Value.IssuedPeople != People)
        {
            throw new InvalidOperationException($"The cutover issued {(run.IsSuccess ? run.Value.IssuedPeople : 0)} of {People} people: {string.Join(", ", run.Errors.Select(e => e.Code))}.");
        }

        return run.Value;
    }

    public void Dispose()
    {
        _portal?.Dispose();
        GC.SuppressFinalize(this);
    }
}
