using System.Security.Claims;
using Accounts.Calendars;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Permissions;
using Accounts.ServiceApplications;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Accounts.Benchmarks;

/// <summary>
/// May this account use WebNACCS now? The compiled entitlements against ASP.NET Core's
/// <see cref="IAuthorizationService"/> with the equivalent policy (an authenticated user holding the
/// service's claim), in the same run. Target (issue 12): at most 50 ns and 0 bytes per check. The
/// catalog holds eight services and the one asked for comes last, the slowest lookup.
/// </summary>
[MemoryDiagnoser]
public class ServiceEntitlementBenchmarks
{
    private const string UseWebNaccsPolicy = "UseWebNaccs";
    private IAuthorizationService _authorization = null!;
    private ServiceProvider _provider = null!;
    private ClaimsPrincipal _user = null!;
    private ServiceEntitlements _entitlements = null!;
    private MemberSnapshot _member = null!;

    // Instance fields, not constants, so the JIT cannot fold the check away.
    private readonly string _service = "webnaccs";
    private readonly Instant _now = Instant.FromUtc(2025, 12, 1, 3, 0);

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorizationCore(options => options.AddPolicy(UseWebNaccsPolicy, policy => policy.RequireAuthenticatedUser().RequireClaim("accounts:service", "webnaccs")));
        _provider = services.BuildServiceProvider();
        _authorization = _provider.GetRequiredService<IAuthorizationService>();
        _user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "sato"), new Claim("accounts:service", "classnk-survey"), new Claim("accounts:service", "webnaccs")], "benchmark"));

        var organizationId = OrganizationId.FromGuid(Guid.Parse("00000000-0000-4000-8000-000000000001"));
        var catalog = Enumerable.Range(1, 7).Aggregate(ServiceCatalog.Empty, static (c, i) => c.With(new ServiceDefinition($"service-{i}", $"Service {i}")))
            .With(ServiceDefinition.WebNaccs(new LocalDate(2025, 11, 4)));
        var start = new LocalDate(2025, 11, 4);
        var confirmed = new ServiceApplicationSnapshot
        {
            Id = ServiceApplicationId.FromGuid(Guid.Parse("00000000-0000-4000-8000-000000000003")),
            Kind = ServiceApplicationKind.Change,
            ServiceCode = "webnaccs",
            OrganizationId = organizationId,
            ApplicantId = MemberId.FromGuid(Guid.Parse("00000000-0000-4000-8000-000000000002")),
            Contact = new Contact("Sato", "sato@example.jp"),
            Status = ServiceApplicationStatus.Confirmed,
            ReceiptNumber = "250001A",
            SubmittedAt = Instant.FromUtc(2025, 10, 1, 0, 0),
            DueDate = new LocalDate(2025, 10, 8),
            StartDate = start,
            History = [],
            CreatedAt = Instant.FromUtc(2025, 10, 1, 0, 0),
        };
        _entitlements = ServiceEntitlements.Build(organizationId, [confirmed], catalog, PermissionMatrix.ClassNk);
        _member = new MemberSnapshot
        {
            Id = MemberId.FromGuid(Guid.Parse("00000000-0000-4000-8000-000000000004")),
            OrganizationId = organizationId,
            Email = "sato@example.jp",
            DisplayName = "Sato",
            Type = MemberType.General,
            Status = MemberStatus.Active,
            CreatedAt = Instant.FromUtc(2025, 1, 1, 0, 0),
        };
        if (_entitlements.Check(_member, _service, _now) != ServiceAccess.Allowed || start.AtStartOfDayInZone(JapanTime.Zone).ToInstant() > _now)
        {
            throw new InvalidOperationException("The benchmark's member must be allowed, or it measures a refusal.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _provider.Dispose();

    [Benchmark(Baseline = true, Description = "ASP.NET Core IAuthorizationService, claim policy")]
    public async Task<bool> AspNetCoreAuthorization() => (await _authorization.AuthorizeAsync(_user, UseWebNaccsPolicy)).Succeeded;

    [Benchmark(Description = "ServiceEntitlements.Check (active, organization, matrix, subscription, start date)")]
    public ServiceAccess EntitlementCheck() => _entitlements.Check(_member, _service, _now);
}
