using Accounts.Members;
using Accounts.Registration;
using Accounts.Testing;
using static Accounts.Domain.Tests.Registration.CampaignScenario;

namespace Accounts.Domain.Tests.Registration;

public sealed class CutoverServiceTests
{
    [Fact]
    [Trait("Req", "R-REG-4")]
    public async Task AtCutover_EveryValidEntryBecomesAnAccount_WithOneActivationMail_ExternalUsersIncluded()
    {
        using var portal = Portal();
        var kaiun = await ImportAsync(portal, "NK-KAIUN");
        await PreRegisterAsync(portal, kaiun, "日本海運", Administrator("taro@kaiun.example.jp"), General("hanako@kaiun.example.jp"), External("ops@broker.example.jp"), General("typo@@kaiun.example.jp"));
        portal.Clock.Reset(CutoverMorning);

        var run = await portal.Cutover.RunAsync(Manager);

        Assert.True(run.IsSuccess, string.Join(", ", run.Errors.Select(e => e.Code)));
        Assert.Equal((1, 3), (run.Value.IssuedOrganizations, run.Value.IssuedPeople));
        Assert.Equal(("email.invalid", 3), (Assert.Single(run.Value.Refusals).Error.Code, run.Value.Refusals[0].Entry!.Value));
        var organization = portal.Organization(CutoverService.OrganizationIdOf(kaiun))!;
        Assert.Equal("日本海運", organization.Profile.NameKanji);
        Assert.Equal((1, 1, 1), (organization.Seats.Of(MemberType.Administrator), organization.Seats.Of(MemberType.General), organization.Seats.Of(MemberType.ExternalInvited)));
        Assert.Equal(
            [RegistrationMailTemplates.Activation, RegistrationMailTemplates.ExternalActivation, RegistrationMailTemplates.Activation],
            portal.Database.OutboxMessages.OrderBy(m => m.To[0], StringComparer.Ordinal).Select(m => m.Template));

        // The mail activates the account with the ordinary invitation flow.
        var taro = await portal.AcceptAsync("taro@kaiun.example.jp");
        Assert.Equal(MemberStatus.Active, portal.Member(taro)!.Status);
        Assert.Null(await portal.Store.FindMemberByEmailAsync("typo@@kaiun.example.jp"));
    }

    [Fact]
    [Trait("Req", "R-REG-4")]
    public async Task TheReadinessReport_PredictsTheRun_AndChangesNothing()
    {
        using var portal = Portal();
        await SeedThreeCompaniesAsync(portal);
        var before = portal.Database.AuditEntries.Count;

        var report = await portal.Cutover.PrepareReportAsync(Manager);
        Assert.Equal(3, (await portal.Store.ListPreRegistrationsAsync(0, 1)).Total);
        Assert.Empty(portal.Database.OutboxMessages);
        Assert.Equal(before, portal.Database.AuditEntries.Count);
        portal.Clock.Reset(CutoverMorning);
        var run = await portal.Cutover.RunAsync(Manager);

        Assert.True(report.IsSuccess && run.IsSuccess);
        Assert.Equal((report.Value.OrganizationsToIssue, report.Value.PeopleToIssue), (run.Value.IssuedOrganizations, run.Value.IssuedPeople));
        Assert.Equal(report.Value.Refusals.Select(Describe), run.Value.Refusals.Select(Describe));
        Assert.Equal(["NK-LATE"], report.Value.WithoutPreRegistration.ToArray());
        Assert.Equal(report.Value.WithoutPreRegistration.ToArray(), run.Value.WithoutPreRegistration.ToArray());
        Assert.Contains(report.Value.Warnings, w => w.Warning.Code == "email.free_mail");
        Assert.Equal(report.Value.PeopleToIssue, portal.Database.OutboxMessages.Count);
    }

    [Fact]
    [Trait("Req", "R-REG-4")]
    public async Task AnAddressTwoCompaniesEntered_OrOneAnAccountHolds_IsRefused_InTheReportAndTheRun()
    {
        using var portal = Portal();
        var (existing, _) = await portal.RegisterOrganizationAsync("held@existing.example.jp");
        var a = await ImportAsync(portal, "NK-A");
        var b = await ImportAsync(portal, "NK-B");
        await PreRegisterAsync(portal, a, "甲社", Administrator("boss@a.example.jp"), General("shared@agent.example.jp"), General("held@existing.example.jp"));
        await PreRegisterAsync(portal, b, "乙社", Administrator("boss@b.example.jp"), External("shared@agent.example.jp"));

        var report = await portal.Cutover.PrepareReportAsync(Manager);
        portal.Clock.Reset(CutoverMorning);
        var run = await portal.Cutover.RunAsync(Manager);

        string[] expected = ["NK-A/1/campaign.address_in_other_company", "NK-A/2/member.email_taken", "NK-B/1/campaign.address_in_other_company"];
        Assert.Equal(expected, report.Value.Refusals.Select(Describe).Select(d => d.Replace(a.ToString(), "NK-A", StringComparison.Ordinal).Replace(b.ToString(), "NK-B", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(report.Value.Refusals.Select(Describe).Order(StringComparer.Ordinal), run.Value.Refusals.Select(Describe).Order(StringComparer.Ordinal));
        Assert.Equal(existing, (await portal.Store.FindMemberByEmailAsync("held@existing.example.jp"))!.OrganizationId);
        Assert.Null(await portal.Store.FindMemberByEmailAsync("shared@agent.example.jp"));
        Assert.Equal(2, run.Value.IssuedPeople);
    }

    [Fact]
    [Trait("Req", "R-REG-4")]
    public async Task ACompanyWithoutAnAcceptableAdministrator_IsNotIssued()
    {
        using var portal = Portal();
        var account = await ImportAsync(portal, "NK-NOADMIN");
        await PreRegisterAsync(portal, account, "丙社", General("one@c.example.jp"), new PreRegisteredPerson("bad@@c.example.jp", "管理 三郎", MemberType.Administrator));
        portal.Clock.Reset(CutoverMorning);

        var run = await portal.Cutover.RunAsync(Manager);

        Assert.Equal(0, run.Value.IssuedPeople);
        Assert.Contains(run.Value.Refusals, r => r.Entry is null && r.Error.Code == "campaign.administrator_required");
        Assert.Null(portal.Organization(CutoverService.OrganizationIdOf(account)));
    }

    [Fact]
    [Trait("Req", "R-REG-4")]
    public async Task BeforeItsDay_TheCutoverIsRefused()
    {
        using var portal = Portal();
        portal.Clock.Reset(JapanClock.Instant(2025, 9, 27, 23, 59));

        var run = await portal.Cutover.RunAsync(Manager);

        Assert.Equal("campaign.cutover_not_reached", Assert.Single(run.Errors).Code);
    }

    [Fact]
    [Trait("Req", "R-REG-4")]
    public async Task RunTwice_NobodyGetsASecondAccountOrMail()
    {
        using var portal = Portal(options => options.Campaign = RegistrationCampaign.ClassNk2025 with { CutoverBatchSize = 1 });
        await SeedThreeCompaniesAsync(portal);
        portal.Clock.Reset(CutoverMorning);

        var first = await portal.Cutover.RunAsync(Manager);
        var second = await portal.Cutover.RunAsync(Manager);

        Assert.Equal((0, 0), (second.Value.IssuedOrganizations, second.Value.IssuedPeople));
        Assert.Equal((first.Value.IssuedOrganizations, first.Value.IssuedPeople), (second.Value.AlreadyIssuedOrganizations, second.Value.AlreadyIssuedPeople));
        Assert.Equal(first.Value.Refusals.Select(Describe), second.Value.Refusals.Select(Describe));
        Assert.Equal(first.Value.IssuedPeople, portal.Database.OutboxMessages.Count);
    }

    [Fact]
    [Trait("Req", "R-REG-4")]
    public async Task ACancelledRun_ResumesAtItsCheckpoint_AndReportsProgress()
    {
        using var portal = Portal(options => options.Campaign = RegistrationCampaign.ClassNk2025 with { CutoverBatchSize = 1 });
        await SeedThreeCompaniesAsync(portal);
        portal.Clock.Reset(CutoverMorning);
        using var cancel = new CancellationTokenSource();
        var seen = new List<CutoverProgress>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await portal.Cutover.RunAsync(Manager, new SynchronousProgress(p =>
        {
            seen.Add(p);
            if (p.Processed == 1)
            {
                cancel.Cancel();
            }
        }), cancel.Token));
        var resumed = await portal.Cutover.RunAsync(Manager, new SynchronousProgress(seen.Add));

        Assert.Equal([0, 1, 1, 2, 3], seen.Select(p => p.Processed));
        Assert.Equal(3, seen[^1].Total);
        Assert.Equal((1, 2), (resumed.Value.AlreadyIssuedOrganizations, resumed.Value.IssuedOrganizations));
        Assert.Equal(resumed.Value.IssuedPeople + resumed.Value.AlreadyIssuedPeople, portal.Database.OutboxMessages.Count);
    }

    [Fact]
    [Trait("Req", "R-REG-6")]
    public async Task AfterCutover_ACompanyThatNeverPreRegistered_RegistersThroughTheNormalPath_AndForgottenPeopleAreInvited()
    {
        using var portal = Portal();
        await SeedThreeCompaniesAsync(portal);
        portal.Clock.Reset(CutoverMorning);
        await portal.Cutover.RunAsync(Manager);

        // NK-LATE pre-registered nothing: nobody of it has an account until it registers.
        Assert.Equal("campaign.legacy_account_retired", (await portal.PreRegistrations.SignInLegacyAsync("NK-LATE")).Errors[0].Code);
        var (late, _) = await portal.RegisterOrganizationAsync("boss@late.example.jp");
        Assert.NotNull(portal.Organization(late));

        // An organization that pre-registered invites the person it forgot, as an ordinary invitation.
        var administrator = await portal.AcceptAsync("taro@kaiun.example.jp");
        var invited = await portal.Invitations.InviteAsync(administrator, new InviteMember { OrganizationId = portal.Member(administrator)!.OrganizationId, Email = "forgot@kaiun.example.jp", DisplayName = "忘れ 四郎", Type = MemberType.General });
        Assert.True(invited.IsSuccess);
    }

    [Fact]
    [Trait("Req", "R-REG-3")]
    public async Task AfterTheWindow_ChangesGoThroughThePersonOrAnAdministrator()
    {
        using var portal = Portal();
        await SeedThreeCompaniesAsync(portal);
        portal.Clock.Reset(CutoverMorning);
        await portal.Cutover.RunAsync(Manager);
        var administrator = await portal.AcceptAsync("taro@kaiun.example.jp");
        var hanako = (await portal.Store.FindMemberByEmailAsync("hanako@kaiun.example.jp"))!;

        var closed = await portal.PreRegistrations.SubmitAsync(PreRegistrationService.LegacyAccountIdOf("NK-KAIUN"), new SubmitPreRegistration { Company = Company("日本海運"), People = [Administrator("taro@kaiun.example.jp")] });
        var byAdministrator = await portal.Members.ChangeTypeAsync(administrator, hanako.Id, MemberType.ExternalInvited);

        Assert.Equal("campaign.pre_registration_closed", closed.Errors[0].Code);
        Assert.True(byAdministrator.IsSuccess, string.Join(", ", byAdministrator.Errors.Select(e => e.Code)));
    }

    internal static async Task SeedThreeCompaniesAsync(TestPortal portal)
    {
        var kaiun = await ImportAsync(portal, "NK-KAIUN");
        var senpaku = await ImportAsync(portal, "NK-SENPAKU");
        await ImportAsync(portal, "NK-LATE");
        await ImportAsync(portal, "NK-BROKER", grantedBy: "NK-KAIUN");
        var typo = await ImportAsync(portal, "NK-TYPO");
        await PreRegisterAsync(portal, kaiun, "日本海運", Administrator("taro@kaiun.example.jp"), General("hanako@kaiun.example.jp"), External("ops@broker.example.jp"));
        await PreRegisterAsync(portal, senpaku, "瀬戸内船舶", Administrator("kanri@senpaku.example.jp"), General("crew@gmail.com"));
        await PreRegisterAsync(portal, typo, "誤記商事", Administrator("boss@typo.example.jp"), General("jiro@typo,example.jp"));
    }

    private static string Describe(CutoverRefusal refusal) => $"{refusal.LegacyAccountId}/{refusal.Entry}/{refusal.Error.Code}";

    private sealed class SynchronousProgress(Action<CutoverProgress> report) : IProgress<CutoverProgress>
    {
        public void Report(CutoverProgress value) => report(value);
    }
}
