using System.Security.Claims;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Permissions;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Accounts.Benchmarks;

/// <summary>
/// May this administrator invite users? The permission matrix against ASP.NET Core's
/// <see cref="IAuthorizationService"/> with the equivalent role policy, in the same run.
/// Target (issue 3): at most 2 ns and 0 bytes per check, at least 50 times faster.
/// </summary>
[MemoryDiagnoser]
public class PermissionCheckBenchmarks
{
    private const string InviteUsersPolicy = "InviteMembers";
    private readonly PermissionMatrix _matrix = PermissionMatrix.ClassNk;
    private IAuthorizationService _authorization = null!;
    private ServiceProvider _provider = null!;
    private ClaimsPrincipal _user = null!;
    private MemberSnapshot _actor = null!;
    private OrganizationSnapshot _organization = null!;

    // Instance fields, not constants, so the JIT cannot fold the check away.
    private readonly MemberType _type = MemberType.Administrator;
    private readonly PermissionAction _action = PermissionAction.InviteMembers;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorizationCore(options => options.AddPolicy(InviteUsersPolicy, policy => policy.RequireRole("Administrator")));
        _provider = services.BuildServiceProvider();
        _authorization = _provider.GetRequiredService<IAuthorizationService>();
        _user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "sato"), new Claim(ClaimTypes.Role, "Administrator")], "benchmark"));

        var organizationId = OrganizationId.FromGuid(Guid.Parse("00000000-0000-4000-8000-000000000001"));
        _organization = new OrganizationSnapshot
        {
            Id = organizationId,
            Code = OrganizationCode.From("BENCH"),
            Kind = OrganizationKind.HeadOffice,
            Industry = "other",
            Category = OrganizationCategory.Company,
            Profile = new OrganizationProfile(),
            RegisteredAt = Instant.FromUtc(2025, 1, 1, 0, 0),
        };
        _actor = new MemberSnapshot
        {
            Id = MemberId.FromGuid(Guid.Parse("00000000-0000-4000-8000-000000000002")),
            OrganizationId = organizationId,
            Email = "sato@example.jp",
            DisplayName = "Sato",
            Type = _type,
            Status = MemberStatus.Active,
            CreatedAt = Instant.FromUtc(2025, 1, 1, 0, 0),
        };
    }

    [GlobalCleanup]
    public void Cleanup() => _provider.Dispose();

    [Benchmark(Baseline = true, Description = "ASP.NET Core IAuthorizationService, role policy")]
    public async Task<bool> AspNetCoreAuthorization() => (await _authorization.AuthorizeAsync(_user, InviteUsersPolicy)).Succeeded;

    [Benchmark(Description = "PermissionMatrix.Allows")]
    public bool PermissionMatrixAllows() => _matrix.Allows(_type, _action);

    [Benchmark(Description = "AccessRules.Check (active, scope, matrix)")]
    public bool AccessRulesCheck() => AccessRules.Check(_actor, _organization, _action, _matrix, ManagementScope.OwnOrganization) is null;
}
