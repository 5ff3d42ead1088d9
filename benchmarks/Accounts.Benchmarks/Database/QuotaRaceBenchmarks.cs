using Accounts.Members;
using Accounts.Organizations;
using Accounts.Results;
using Accounts.Testing;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Accounts.Benchmarks.Database;

/// <summary>
/// The quota race on PostgreSQL: 1,000 concurrent invitations of applicants into one NEXI
/// organization, which has 99 applicant seats. Through this library's adapter exactly 99 are
/// seated and every other caller is told <c>quota.reached</c>; the iteration fails otherwise.
/// Beside it, the same race with ASP.NET Core Identity, checking the count before creating the
/// user as an Identity host would: the number it seats is printed after each iteration
/// (lines starting "// quota race"). The time is for the whole race.
/// </summary>
[MemoryDiagnoser]
// One race per peer and run: it proves the count; its time is reported, not a target here.
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class QuotaRaceBenchmarks : IDisposable
{
    private const int Invitations = 1_000;
    private const int Seats = 99;

    private TestPortal _portal = null!;
    private string _accountsDatabase = null!;
    private IdentityInviter _identity = null!;
    private MemberId _administrator;
    private OrganizationId _organization;
    private string _identityOrganization = string.Empty;
    private Result<InvitationSent>[] _accountsResults = [];
    private bool[] _identityResults = [];
    private int _race;

    [GlobalSetup]
    public void Setup()
    {
        _accountsDatabase = BenchmarkServer.CreateDatabase("race", 40);
        // The default commit attempts: callers that met a conflict wait in line for the organization, so none gives up.
        _portal = AccountsOnPostgreSql.CreatePortal(_accountsDatabase, options => options.UseNexiPresets());
        _identity = new IdentityInviter(BenchmarkServer.CreateDatabase("race_identity", 40));
        _identity.CreateAsync().GetAwaiter().GetResult();
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

    [IterationSetup(Target = nameof(Accounts))]
    public void NewOrganization()
    {
        var race = Interlocked.Increment(ref _race);
        (_organization, _administrator) = _portal.RegisterOrganizationAsync($"admin{race}@race.example.jp").GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(Identity))]
    public void NewIdentityOrganization() => _identityOrganization = $"org-{Interlocked.Increment(ref _race)}";

    [Benchmark(Baseline = true, Description = "ASP.NET Core Identity, count then create")]
    public async Task Identity()
    {
        var organization = _identityOrganization;
        _identityResults = await Task.WhenAll(Enumerable.Range(0, Invitations).Select(i => Task.Run(() =>
            _identity.InviteIfSeatLeftAsync($"{organization}-applicant{i}@race.example.jp", organization, "Applicant", Seats))));
    }

    [Benchmark(Description = "Accounts (EF Core adapter)")]
    public async Task Accounts()
    {
        var administrator = _administrator;
        var race = _race;
        _accountsResults = await Task.WhenAll(Enumerable.Range(0, Invitations).Select(i => Task.Run(async () =>
            await _portal.Invitations.InviteAsync(administrator, new InviteMember { Email = $"r{race}-applicant{i}@race.example.jp", DisplayName = "Applicant", Type = MemberType.Applicant }))));
    }

    [IterationCleanup(Target = nameof(Identity))]
    public void CountIdentitySeats()
    {
        var seated = _identity.CountAsync(_identityOrganization).GetAwaiter().GetResult();
        Console.WriteLine($"// quota race, Identity: {seated} of {Invitations} seated where {Seats} seats exist ({_identityResults.Count(r => r)} callers saw a free seat)");
    }

    [IterationCleanup(Target = nameof(Accounts))]
    public void CountAccountsSeats()
    {
        var seated = _accountsResults.Count(r => r.IsSuccess);
        var quotaReached = _accountsResults.Count(r => r.FirstError?.Code == "quota.reached");
        var other = _accountsResults.Length - seated - quotaReached;
        var stored = _portal.Organization(_organization)!.Seats.Applicants;
        Console.WriteLine($"// quota race, Accounts: {seated} of {Invitations} seated where {Seats} seats exist, {quotaReached} quota.reached, {other} other; the organization records {stored} applicants");
        if (seated != Seats || stored != Seats || other != 0)
        {
            throw new InvalidOperationException($"The quota race must seat exactly {Seats}: {seated} seated, {stored} recorded, {other} other outcomes.");
        }
    }
}
