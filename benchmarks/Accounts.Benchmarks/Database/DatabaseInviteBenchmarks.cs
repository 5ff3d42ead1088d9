using Accounts.Members;
using Accounts.Testing;
using BenchmarkDotNet.Attributes;

namespace Accounts.Benchmarks.Database;

/// <summary>
/// Invite end to end on PostgreSQL: this library's use case through its EF Core adapter beside
/// the same invitation written with ASP.NET Core Identity's EF Core stores, on the same server,
/// at 1 and at 16 concurrent callers. Target (issue 8): at least twice Identity's throughput at
/// 16 callers. Each caller is the administrator of an organization of its own, as concurrent
/// requests of a portal come from different companies; the race inside one organization is
/// <see cref="QuotaRaceBenchmarks"/>. The reported time is per invitation: operations per
/// second are its inverse.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class DatabaseInviteBenchmarks : IDisposable
{
    private const int InvitationsPerInvoke = 64;

    private string _accountsDatabase = null!;
    private TestPortal _portal = null!;
    private IdentityInviter _identity = null!;
    private InvitationService _invitations = null!;
    private MemberId[] _administrators = [];
    private string[] _organizations = [];
    private int _round;

    [Params(1, 16)]
    public int Callers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // The pool holds a connection for every caller, for both peers alike.
        _accountsDatabase = BenchmarkServer.CreateDatabase("accounts", Callers + 4);
        _portal = AccountsOnPostgreSql.CreatePortal(_accountsDatabase);
        _identity = new IdentityInviter(BenchmarkServer.CreateDatabase("identity", Callers + 4));
        _identity.CreateAsync().GetAwaiter().GetResult();
        _administrators = new MemberId[Callers];
        _organizations = new string[Callers];
        for (var caller = 0; caller < Callers; caller++)
        {
            var (organization, administrator) = _portal.RegisterOrganizationAsync($"admin{caller}@bench.example.jp").GetAwaiter().GetResult();
            _administrators[caller] = administrator;
            _organizations[caller] = organization.ToString();
        }

        _invitations = _portal.Invitations;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Dispose();
        BenchmarkServer.DropDatabase(_accountsDatabase);
        BenchmarkServer.DropDatabase(_identity.ConnectionString);
    }

    public void Dispose()
    {
        _portal?.Dispose();
        _identity?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = InvitationsPerInvoke, Description = "ASP.NET Core Identity (EF Core stores)")]
    public Task Identity()
    {
        var round = Interlocked.Increment(ref _round);
        return RunCallersAsync(async (caller, i) =>
            await _identity.InviteAsync($"r{round}c{caller}i{i}@bench.example.jp", _organizations[caller], "General"));
    }

    [Benchmark(OperationsPerInvoke = InvitationsPerInvoke, Description = "Accounts (EF Core adapter)")]
    public Task Accounts()
    {
        var round = Interlocked.Increment(ref _round);
        return RunCallersAsync(async (caller, i) =>
        {
            var invited = await _invitations.InviteAsync(_administrators[caller], new InviteMember { Email = $"r{round}c{caller}i{i}@bench.example.jp", DisplayName = "Invitee", Type = MemberType.General });
            if (!invited.IsSuccess)
            {
                throw new InvalidOperationException($"The invitation failed: {string.Join(", ", invited.Errors)}");
            }
        });
    }

    /// <summary>The invocation's invitations, shared out among the callers, each calling one after another.</summary>
    private Task RunCallersAsync(Func<int, int, Task> invite) =>
        Task.WhenAll(Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            for (var i = caller; i < InvitationsPerInvoke; i += Callers)
            {
                await invite(caller, i);
            }
        })));
}
