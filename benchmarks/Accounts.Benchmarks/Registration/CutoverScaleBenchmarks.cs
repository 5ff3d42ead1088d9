using Accounts.Operators;
using Accounts.Registration;
using Accounts.Results;
using Accounts.Testing;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Accounts.Benchmarks.Registration;

/// <summary>
/// The readiness report and the cutover of a ClassNK campaign on the in-memory adapter, at ten
/// people per company. Target (issue 13): 1,000,000 people in at most 5 s and 2 GB on two cores,
/// and linear growth — 1,000,000 people cost at most 12× what 100,000 cost. The cutover mutates
/// the store, so every iteration starts from a freshly seeded portal; one operation is one whole
/// run, hence the monitoring strategy (no invocation loop, no pilot).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[Config(typeof(PeakMemoryConfig))]
public class CutoverScaleBenchmarks : IDisposable
{
    private static readonly PortalOperator Manager = new("ops-benchmark", OperatorRole.CampaignManager);

    private CutoverCampaignSeed _seed = null!;
    private TestPortal? _portal;

    [Params(10_000, 100_000, 1_000_000)]
    public int People { get; set; }

    // BenchmarkDotNet runs each case in a process of its own: each forgets only its own reading.
    [GlobalSetup(Target = nameof(ReadinessReport))]
    public void CreateReportSeed() => CreateSeed(nameof(ReadinessReport));

    [GlobalSetup(Target = nameof(Cutover))]
    public void CreateCutoverSeed() => CreateSeed(nameof(Cutover));

    [IterationSetup]
    public void SeedPortal()
    {
        _portal?.Dispose();
        _portal = CreatePortal();
        _seed.WriteToAsync(_portal).GetAwaiter().GetResult();
        _ = _portal.Cutover;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        PeakMemory.Reset();
    }

    [IterationCleanup(Target = nameof(ReadinessReport))]
    public void RecordReport() => PeakMemory.Record(PeakMemoryColumn.KeyOf(nameof(CutoverScaleBenchmarks), nameof(ReadinessReport), People));

    [IterationCleanup(Target = nameof(Cutover))]
    public void RecordCutover() => PeakMemory.Record(PeakMemoryColumn.KeyOf(nameof(CutoverScaleBenchmarks), nameof(Cutover), People));

    [Benchmark]
    public async Task<ReadinessReport> ReadinessReport()
    {
        var report = await _portal!.Cutover.PrepareReportAsync(Manager);
        return Expect(report, report.IsSuccess ? report.Value.PeopleToIssue : 0);
    }

    [Benchmark]
    public async Task<CutoverReport> Cutover()
    {
        var run = await _portal!.Cutover.RunAsync(Manager);
        return Expect(run, run.IsSuccess ? run.Value.IssuedPeople : 0);
    }

    public void Dispose()
    {
        _portal?.Dispose();
        GC.SuppressFinalize(this);
    }

    internal static TestPortal CreatePortal(Action<Accounts.DependencyInjection.AccountsBuilder>? storage = null) =>
        new(options =>
        {
            options.UseClassNkPresets();
            options.Campaign = RegistrationCampaign.ClassNk2025;
        }, start: JapanClock.Instant(2025, 9, 28, 6, 0), storage: storage);

    private void CreateSeed(string method)
    {
        _seed = new CutoverCampaignSeed(People);
        PeakMemory.Forget(PeakMemoryColumn.KeyOf(nameof(CutoverScaleBenchmarks), method, People));
    }

    private T Expect<T>(Result<T> result, int issued)
    {
        // A benchmark of a run that refused everybody would measure nothing.
        if (result.IsFailure || issued != People)
        {
            throw new InvalidOperationException($"The cutover issued {issued} of {People} people: {string.Join(", ", result.Errors.Select(e => e.Code))}.");
        }

        return result.Value;
    }
}
