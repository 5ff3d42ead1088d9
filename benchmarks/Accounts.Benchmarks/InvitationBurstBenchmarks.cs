using Accounts.Auditing;
using Accounts.DependencyInjection;
using Accounts.InMemory;
using Accounts.Members;
using Accounts.Security;
using Accounts.Storage;
using Accounts.Testing;
using Accounts.UseCases;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Accounts.Benchmarks;

/// <summary>
/// Three hundred administrators' invitations into one NEXI organization at once, with room for
/// 99 applicants, every commit preceded by a yield as a database round trip would. Target (issue
/// 14): every call ends invited or <c>quota.reached</c>, none <c>concurrency.conflict</c>, and the
/// burst ends at least as fast as when conflicting writers retried at once, the way the pipeline
/// worked before its writers waited in line. One operation is the whole burst.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 20)]
public class InvitationBurstBenchmarks : IDisposable
{
    private const int Invitations = 300;

    private TestPortal _portal = null!;
    private TestPortal _burst = null!;
    private MemberId _administrator;

    /// <summary>Whether writers that met a conflict wait in line (the library) or retry at once (before).</summary>
    [Params(true, false)]
    public bool InLine { get; set; }

    [IterationSetup]
    public void Setup()
    {
        _portal = new TestPortal(options => options.UseNexiPresets());
        (_, _administrator) = _portal.RegisterOrganizationAsync("admin@nexi.example.jp").GetAwaiter().GetResult();
        var interleaving = new InterleavingUnitOfWork(new InMemoryUnitOfWork(_portal.Database));
        _burst = _portal.With(services: services =>
        {
            services.AddSingleton<IUnitOfWork>(interleaving);
            if (!InLine)
            {
                services.AddScoped(static provider => new UseCasePipeline(
                    provider.GetRequiredService<IAggregateStore>(),
                    provider.GetRequiredService<IUnitOfWork>(),
                    provider.GetRequiredService<IAuditLog>(),
                    provider.GetRequiredService<IClock>(),
                    provider.GetRequiredService<ISecretGenerator>(),
                    provider.GetRequiredService<AccountsPolicies>(),
                    writers: null));
            }
        });
        _ = _burst.Invitations;
    }

    [IterationCleanup]
    public void Cleanup()
    {
        _burst.Dispose();
        _portal.Dispose();
    }

    [Benchmark]
    public async Task<int> Burst()
    {
        var invitations = _burst.Invitations;
        var outcomes = await Task.WhenAll(Enumerable.Range(0, Invitations).Select(i => Task.Run(async () =>
            (await invitations.InviteAsync(_administrator, new InviteMember { Email = $"applicant{i}@nexi.example.jp", DisplayName = $"A{i}", Type = MemberType.Applicant })).FirstError?.Code)));
        var conflicts = outcomes.Count(code => code == "concurrency.conflict");

        // The library's case must hold its promise, or its time means nothing; the old way is measured as it was.
        if (InLine && (conflicts > 0 || outcomes.Count(code => code is null) != 99))
        {
            throw new InvalidOperationException($"{conflicts} conflicts, {outcomes.Count(code => code is null)} invited.");
        }

        return conflicts;
    }

    public void Dispose()
    {
        _burst?.Dispose();
        _portal?.Dispose();
        GC.SuppressFinalize(this);
    }
}
