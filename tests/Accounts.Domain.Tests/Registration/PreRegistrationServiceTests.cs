using Accounts.Operators;
using Accounts.Registration;
using Accounts.Testing;
using NodaTime;
using static Accounts.Domain.Tests.Registration.CampaignScenario;

namespace Accounts.Domain.Tests.Registration;

public sealed class PreRegistrationServiceTests
{
    [Fact]
    [Trait("Req", "R-REG-2")]
    public async Task InsideTheWindow_ACompanyPreRegisters_AndChangesItAnyTime()
    {
        using var portal = Portal();
        var account = await ImportAsync(portal, "NK-1001");

        var first = await PreRegisterAsync(portal, account, "日本海運", Administrator("taro@kaiun.example.jp"));
        portal.Clock.Advance(Duration.FromDays(60));
        var changed = await PreRegisterAsync(portal, account, "日本海運", Administrator("taro@kaiun.example.jp"), General("hanako@kaiun.example.jp"), External("ops@broker.example.jp"));

        Assert.Equal(first.Id, changed.Id);
        Assert.Equal(3, changed.People.Length);
        Assert.Empty(changed.Findings);
        Assert.Equal(changed.People, (await portal.PreRegistrations.GetAsync(account)).Value.People);
        Assert.True(changed.UpdatedAt > changed.SubmittedAt);
    }

    [Fact]
    [Trait("Req", "R-REG-4")]
    public async Task AMistypedAddress_IsStoredWithItsFinding_ForTheCompanyToCorrect()
    {
        using var portal = Portal();
        var account = await ImportAsync(portal, "NK-1002");

        var view = await PreRegisterAsync(portal, account, "日本海運", Administrator("taro@kaiun.example.jp"), General("hanako@@kaiun.example.jp"), General("taro@kaiun.example.jp"));

        Assert.Equal([(1, "email.invalid"), (2, "campaign.address_repeated")], view.Findings.Select(f => (f.Entry!.Value, f.Error.Code)));
    }

    [Theory]
    [Trait("Req", "R-REG-2")]
    [Trait("Req", "R-REG-3")]
    [InlineData(2025, 6, 14, 23, 59, "campaign.pre_registration_not_open")]
    [InlineData(2025, 9, 15, 0, 0, "campaign.pre_registration_closed")]
    [InlineData(2025, 10, 1, 9, 0, "campaign.pre_registration_closed")]
    public async Task OutsideTheWindow_APreRegistrationIsRefused_AndNothingSaved(int year, int month, int day, int hour, int minute, string code)
    {
        using var portal = Portal();
        var account = await ImportAsync(portal, "NK-1003");
        portal.Clock.Reset(JapanClock.Instant(year, month, day, hour, minute));

        var refused = await portal.PreRegistrations.SubmitAsync(account, new SubmitPreRegistration { Company = Company("日本海運"), People = [Administrator("taro@kaiun.example.jp")] });

        Assert.Equal(code, Assert.Single(refused.Errors).Code);
        Assert.Null(await portal.Store.FindPreRegistrationOfAsync(account));
    }

    [Fact]
    [Trait("Req", "R-REG-7")]
    public async Task AnAccountGrantedByAnotherCompany_CannotPreRegisterIt()
    {
        using var portal = Portal();
        await ImportAsync(portal, "NK-OWNER");
        var granted = await ImportAsync(portal, "NK-GRANTED", grantedBy: "NK-OWNER");

        var refused = await portal.PreRegistrations.SubmitAsync(granted, new SubmitPreRegistration { Company = Company("保険会社"), People = [Administrator("agent@insurer.example.jp")] });
        var signIn = await portal.PreRegistrations.SignInLegacyAsync("NK-GRANTED");

        Assert.Equal("campaign.granted_account", Assert.Single(refused.Errors).Code);
        Assert.Null(await portal.Store.FindPreRegistrationOfAsync(granted));
        Assert.False(signIn.Value.MayPreRegister);
    }

    [Fact]
    [Trait("Req", "R-REG-5")]
    public async Task TheLegacyLogin_WorksUntilTheLastDay_AndIsRefusedFromCutover()
    {
        using var portal = Portal();
        var account = await ImportAsync(portal, "NK-1004");
        portal.Clock.Reset(JapanClock.Instant(2025, 9, 27, 23, 59));

        var lastDay = await portal.PreRegistrations.SignInLegacyAsync("NK-1004");
        portal.Clock.Reset(JapanClock.Instant(2025, 9, 28, 0, 0));
        var cutover = await portal.PreRegistrations.SignInLegacyAsync("NK-1004");

        Assert.True(lastDay.IsSuccess);
        Assert.Equal((CampaignPhase.AwaitingCutover, false), (lastDay.Value.Phase, lastDay.Value.MayPreRegister));
        Assert.Equal(CutoverService.OrganizationIdOf(account), lastDay.Value.OrganizationId);
        Assert.Equal("campaign.legacy_account_retired", Assert.Single(cutover.Errors).Code);
        Assert.Contains(portal.Database.AuditEntries, e => e.Action == RegistrationAuditActions.LegacySignIn && e.Code == "campaign.legacy_account_retired");
    }

    [Fact]
    public async Task AnImport_RunsAgainWithoutDoubling_AndABadEntryRefusesItWhole()
    {
        using var portal = Portal();
        LegacyAccountImport[] accounts = [new("NK-1", "一社"), new("NK-2", "二社")];

        var first = await portal.PreRegistrations.ImportLegacyAccountsAsync(Manager, accounts);
        var again = await portal.PreRegistrations.ImportLegacyAccountsAsync(Manager, [.. accounts, new("NK-3", "三社")]);
        var bad = await portal.PreRegistrations.ImportLegacyAccountsAsync(Manager, [new("NK-4", "四社"), new("", "無名")]);
        var denied = await portal.PreRegistrations.ImportLegacyAccountsAsync(new PortalOperator("desk", OperatorRole.ServiceDesk), [new("NK-5", "五社")]);

        Assert.Equal((2, 1), (first.Value, again.Value));
        Assert.Equal(("field.required", "accounts[1].loginId"), (Assert.Single(bad.Errors).Code, bad.Errors[0].Target));
        Assert.Null(await portal.Store.FindLegacyAccountByLoginAsync("NK-4"));
        Assert.Equal("permission.denied", Assert.Single(denied.Errors).Code);
        Assert.Equal(3, (await portal.Store.ListLegacyAccountsAsync(0, 10)).Total);
    }

    [Fact]
    [Trait("Req", "R-REG-2")]
    public async Task APreRegistrationWithoutPeople_IsRefused()
    {
        using var portal = Portal();
        var account = await ImportAsync(portal, "NK-1005");

        var refused = await portal.PreRegistrations.SubmitAsync(account, new SubmitPreRegistration { Company = Company("日本海運"), People = [] });

        Assert.Equal("campaign.people_required", Assert.Single(refused.Errors).Code);
    }
}
