using Accounts.Auditing;
using Accounts.Calendars;
using Accounts.DependencyInjection;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Operators;
using Accounts.Organizations;
using Accounts.Registration;
using Accounts.ServiceApplications;
using Accounts.Storage;
using Accounts.Storage.Conformance;
using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Accounts.EntityFrameworkCore.Tests.Hosting;

/// <summary>The library's use cases end to end on a database, registered the way a host registers them.</summary>
/// <typeparam name="TFactory">The database's factory.</typeparam>
public abstract class PortalOnDatabaseTests<TFactory>(TFactory factory) : StorageConformanceTests<TFactory>(factory)
    where TFactory : class, IConformanceStorageFactory
{
    [ConformanceFact]
    public async Task Members_AreInvitedAcceptedAndSignedIn_ThroughTheDatabase()
    {
        using var portal = await PortalAsync();

        var (organization, administrator) = await portal.RegisterOrganizationAsync("admin@db.example.jp");
        var member = await portal.InviteAndAcceptAsync(administrator, "taro@db.example.jp");
        var again = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "taro@db.example.jp", DisplayName = "Again", Type = MemberType.General });
        var signIn = await portal.SignIn.SignInAsync("taro@db.example.jp", TestPortal.Password);

        Assert.Equal("member.email_taken", again.FirstError!.Code);
        Assert.True(signIn.IsSignedIn);
        Assert.Equal(MemberStatus.Active, portal.Member(member)!.Status);
        Assert.Equal(2, (await portal.Store.ListMembersAsync(organization, 0, 10)).Total);
        Assert.Equal(0, (await portal.Outbox.GetBacklogAsync(default)).Pending);
        Assert.Equal(2, portal.Mail.Delivered.Count);
        var invitations = await portal.AuditLog.ListAsync(new AuditQuery { OrganizationId = organization, Action = MemberAuditActions.Invite }, default);
        Assert.Single(invitations.Entries, e => e.Outcome == AuditOutcome.Succeeded);
    }

    [ConformanceFact]
    [Trait("Req", "R-ACC-5")]
    public async Task ABurstOf300Invitations_IntoRoomFor99_Ends99Invited_201QuotaReached_NoConflict()
    {
        const int Invitations = 300;
        using var portal = await PortalAsync(options => options.UseNexiPresets());
        var (organization, administrator) = await portal.RegisterOrganizationAsync("admin@nexi.example.jp");
        var counting = new InterleavingUnitOfWork(portal.UnitOfWork);
        using var burst = portal.With(services: services => services.AddSingleton<IUnitOfWork>(counting));

        var results = await Task.WhenAll(Enumerable.Range(0, Invitations).Select(i => Task.Run(async () =>
            await burst.Invitations.InviteAsync(administrator, new InviteMember { Email = $"applicant{i}@nexi.example.jp", DisplayName = $"Applicant {i}", Type = MemberType.Applicant }))));

        // Lost races show as version conflicts on the organization or as the same user ID drawn twice, whichever the store notices first.
        Assert.True(counting.Conflicts + counting.Duplicates > 0, "the burst provoked no conflict, so it proved nothing");
        Assert.Equal(
            new Dictionary<string, int> { ["ok"] = 99, ["quota.reached"] = 201 },
            results.GroupBy(r => r.FirstError?.Code ?? "ok").ToDictionary(group => group.Key, group => group.Count()));
        Assert.Equal(99, portal.Organization(organization)!.Seats.Applicants);
        var members = (await portal.Store.ListMembersAsync(organization, 0, 200)).Items;
        var code = portal.Organization(organization)!.Code.Value;
        Assert.Equal(Enumerable.Range(0, 100).Select(serial => $"{code}-{serial:D2}"), members.Select(m => m.UserId).Order(StringComparer.Ordinal));
    }

    [ConformanceFact]
    [Trait("Req", "R-SVC-5")]
    public async Task ConcurrentChangeApplications_DrawUniqueGaplessReceiptNumbers()
    {
        const int Applications = 100;
        var service = new ServiceDefinition("change", "Change") { ApplicationKind = ServiceApplicationKind.Change };
        using var portal = await PortalAsync(options => options.Services = ServicePolicy.Default.WithService(service));
        var (_, administrator) = await portal.RegisterOrganizationAsync("admin@naccs.example.jp");
        var today = portal.Clock.GetCurrentInstant().InZone(NodaTime.DateTimeZoneProviders.Tzdb["Asia/Tokyo"]).Date;
        var change = new ApplyForChange
        {
            ServiceCode = service.Code,
            Items = [new ChangeItem(ChangeItemKind.LogicalTerminal, ChangeDirection.Add, "WT1")],
            CertificateCount = 1,
            Reason = "追加",
            DesiredStartDate = BusinessCalendar.Japan.AddBusinessDays(today, 5),
        };

        var results = await Task.WhenAll(Enumerable.Range(0, Applications).Select(_ => Task.Run(async () => await portal.Services.ApplyForChangeAsync(administrator, change))));

        var year = (today.Year % 100).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(results, r => Assert.True(r.IsSuccess, r.FirstError?.Code));
        Assert.Equal(Enumerable.Range(1, Applications).Select(n => $"{year}{n:D4}A"), results.Select(r => r.Value.ReceiptNumber).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The cutover on the database, through its bulk write path, with commits that break before or
    /// after writing and a mail server that is down at first: run again until it completes, and
    /// every person has exactly one account and exactly one activation mail.
    /// </summary>
    [ConformanceFact]
    [Trait("Req", "R-REG-4")]
    public async Task ACutoverWithAStoreAndAMailSenderFailingAtRandom_AfterReruns_LeavesNothingMissingAndNothingDoubled()
    {
        var manager = new PortalOperator("ops-1", OperatorRole.CampaignManager);
        using var portal = await PortalAsync(options =>
        {
            options.UseClassNkPresets();
            options.Campaign = RegistrationCampaign.ClassNk2025 with { CutoverBatchSize = 2 };
        });
        portal.Clock.Reset(JapanClock.Instant(2025, 7, 1, 10, 0));
        var logins = Enumerable.Range(0, 20).Select(company => $"NK-{company:D3}").ToList();
        Assert.True((await portal.PreRegistrations.ImportLegacyAccountsAsync(manager, [.. logins.Select(login => new LegacyAccountImport(login, login + " 株式会社"))])).IsSuccess);
        var expected = new List<string>();
        for (var company = 0; company < logins.Count; company++)
        {
            var people = Enumerable.Range(0, 4)
                .Select(p => new PreRegisteredPerson($"p{p}@c{company}.example.jp", "日本　太郎", p switch { 0 => MemberType.Administrator, 3 => MemberType.ExternalInvited, _ => MemberType.General }))
                .ToArray();
            var submitted = await portal.PreRegistrations.SubmitAsync(
                PreRegistrationService.LegacyAccountIdOf(logins[company]),
                new SubmitPreRegistration
                {
                    Company = new PreRegisteredCompany { Industry = Industry.ShipManagement.Code, Profile = TestPortal.ValidProfile with { NameKanji = "会社" + (char)('Ａ' + company) } },
                    People = people,
                });
            Assert.True(submitted.IsSuccess, submitted.FirstError?.Code);
            expected.AddRange(people.Select(p => p.Email));
        }

        portal.Clock.Reset(JapanClock.Instant(2025, 9, 28, 6, 0));
        var random = new Random(13);
        var failing = new UnreliableUnitOfWork(portal.UnitOfWork, () => random.NextDouble() < 0.3);
        var sender = new FailingMailSender(portal.Mail, failures: 5);
        using var faulty = portal.With(services: services => services.AddSingleton<IUnitOfWork>(failing).AddSingleton<IMailSender>(sender));
        CutoverReport? report = null;
        for (var attempt = 0; attempt < 200 && report is null; attempt++)
        {
            try
            {
                var run = await faulty.Cutover.RunAsync(manager);
                report = run.IsSuccess ? run.Value : null;
            }
            catch (IOException)
            {
                // The operator runs it again.
            }
        }

        for (var round = 0; round < 50 && (await portal.Outbox.GetBacklogAsync(default)).Pending > 0; round++)
        {
            portal.Clock.Advance(Duration.FromHours(1));
            await portal.Dispatcher.DispatchAsync(1000);
        }

        Assert.NotNull(report);
        Assert.True(failing.FailuresAfterCommit > 0 && failing.Failures > failing.FailuresAfterCommit, $"{failing.Failures} failures, {failing.FailuresAfterCommit} after the commit: both kinds must occur");
        Assert.Equal((logins.Count, expected.Count), (report.IssuedOrganizations + report.AlreadyIssuedOrganizations, report.IssuedPeople + report.AlreadyIssuedPeople));
        Assert.Empty(report.Refusals);
        Assert.Equal(0, (await portal.Outbox.GetBacklogAsync(default)).Pending);
        Assert.Equal(expected.Order(StringComparer.Ordinal), portal.Mail.Delivered.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        foreach (var login in logins)
        {
            var organization = CutoverService.OrganizationIdOf(PreRegistrationService.LegacyAccountIdOf(login));
            Assert.Equal(4, (await portal.Store.ListMembersAsync(organization, 0, 10)).Total);
            Assert.Equal(4, portal.Organization(organization)!.Seats.Total);
        }
    }

    /// <summary>Registers the database's ports, as a host does after <c>AddAccounts</c>.</summary>
    protected abstract void AddDatabase(AccountsBuilder accounts);

    /// <summary>Creates or migrates the tables once the services are built.</summary>
    protected abstract Task CreateTablesAsync(IServiceProvider services);

    private async Task<TestPortal> PortalAsync(Action<AccountsOptions>? configure = null)
    {
        var portal = new TestPortal(configure, storage: AddDatabase);
        await CreateTablesAsync(portal.Get<IServiceProvider>());
        return portal;
    }
}
