using Accounts.Auditing;
using Accounts.Members;
using Accounts.Onboarding;
using Accounts.Organizations;
using Accounts.ServiceApplications;
using Accounts.Testing;

namespace Accounts.Domain.Tests.Members;

[Trait("Req", "R-ACC-7")]
public sealed class EmailPolicyTests
{
    [Theory]
    [InlineData("taro@gmail.com", "email.free_mail")]
    [InlineData("taro@yahoo.co.jp", "email.free_mail")]
    [InlineData("taro@docomo.ne.jp", "email.mobile_carrier")]
    [InlineData("taro@ezweb.ne.jp", "email.mobile_carrier")]
    [InlineData("taro@biz.ezweb.ne.jp", "email.mobile_carrier")]
    [InlineData("taro@au.com", "email.mobile_carrier")]
    [InlineData("taro@i.softbank.jp", "email.mobile_carrier")]
    [InlineData("taro@ymobile.ne.jp", "email.mobile_carrier")]
    [InlineData("taro@uqmobile.jp", "email.mobile_carrier")]
    [InlineData("taro@rakumail.jp", "email.mobile_carrier")]
    [InlineData("info@kaiun.example.jp", "email.shared_address")]
    public void Advise_WarnsAboutFreeMailMobileAndSharedAddresses(string address, string code)
    {
        var warnings = EmailPolicy.Default.Advise(EmailAddress.Parse(address).Value, flaggedShared: false);

        Assert.Equal(code, Assert.Single(warnings).Code);
    }

    [Fact]
    public void Advise_WarnsWhenThePersonSaysTheAddressIsShared()
    {
        var warnings = EmailPolicy.Default.Advise(EmailAddress.Parse("tanaka@kaiun.example.jp").Value, flaggedShared: true);

        Assert.Equal("email.shared_address", Assert.Single(warnings).Code);
    }

    [Fact]
    public void Advise_SaysNothing_AboutACompanyAddress()
    {
        Assert.Empty(EmailPolicy.Default.Advise(EmailAddress.Parse("tanaka@kaiun.example.jp").Value, flaggedShared: false));
    }

    [Fact]
    public void TheLists_AreDataAHostCanExtend()
    {
        var policy = EmailPolicy.Default with { FreeMailDomains = [.. EmailPolicy.Default.FreeMailDomains, "freemail.example"] };

        Assert.Equal("email.free_mail", Assert.Single(policy.Advise(EmailAddress.Parse("a@freemail.example").Value, false)).Code);
        Assert.Empty(EmailPolicy.Default.Advise(EmailAddress.Parse("a@freemail.example").Value, false));
    }

    [Fact]
    public async Task Warnings_NeverBlockAnInvitation()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();

        var result = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "info@docomo.ne.jp", DisplayName = "Group", IsSharedAddress = true });

        Assert.True(result.IsSuccess);
        Assert.Equal(["email.mobile_carrier", "email.shared_address"], result.Warnings.Select(w => w.Code));
    }

    [Fact]
    public async Task RegisteringAnOrganization_WarnsAboutTheAdministratorsAndTheManagersAddresses_AndRegisters()
    {
        var portal = new TestPortal();
        var registration = TestPortal.Registration("taro@yahoo.co.jp");
        registration = registration with { Organization = registration.Organization! with { Manager = new Contact("管理太郎", "kanri@docomo.ne.jp") } };

        var registered = await portal.Organizations.RegisterHeadOfficeAsync(registration, ActorRef.Operator("desk"));
        var company = await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("hanako@kaiun.example.jp"), ActorRef.Operator("desk"));

        Assert.True(registered.IsSuccess, string.Join(", ", registered.Errors));
        Assert.Equal([("email.free_mail", "administrator.email"), ("email.mobile_carrier", ProfileFields.ManagerEmail)], registered.Warnings.Select(w => (w.Code, w.Target)));
        Assert.Empty(company.Warnings);
    }

    [Fact]
    public async Task StartingAnOnboardingApplication_FromAFreeMailAddress_WarnsAndStarts()
    {
        var portal = new TestPortal();

        var started = await portal.Onboarding.StartAsync(new StartOnboarding { Email = "taro@gmail.com", EmailConfirmation = "taro@gmail.com" });

        Assert.True(started.IsSuccess, string.Join(", ", started.Errors));
        Assert.Equal([("email.free_mail", "email")], started.Warnings.Select(w => (w.Code, w.Target)));
    }

    [Fact]
    public async Task AServiceApplicationsContact_WithAFreeMailAddress_IsWarned_ButTheAdministratorsOwnAddressIsNotWarnedAgain()
    {
        var survey = new ServiceDefinition("classnk-survey", "船級検査申請");
        var portal = new TestPortal(options => options.Services = ServicePolicy.Default.WithService(survey));
        var (_, administrator) = await portal.RegisterOrganizationAsync("admin@ship.example.jp");
        var (_, other) = await portal.RegisterOrganizationAsync("admin@other.example.jp");

        var withContact = await portal.Services.ApplyAsync(administrator, new ApplyForService { ServiceCode = survey.Code, Contact = new Contact("申請花子", "hanako@gmail.com") });
        var withoutContact = await portal.Services.ApplyAsync(other, new ApplyForService { ServiceCode = survey.Code });

        Assert.True(withContact.IsSuccess, string.Join(", ", withContact.Errors));
        Assert.Equal([("email.free_mail", "contact.email")], withContact.Warnings.Select(w => (w.Code, w.Target)));
        Assert.Empty(withoutContact.Warnings);
    }

    [Theory]
    [InlineData(50, true)]
    [InlineData(51, false)]
    public async Task Nexi_InvitesAnAddressOfExactlyFiftyCharacters_AndNotOneMore(int length, bool accepted)
    {
        var portal = new TestPortal(options => options.UseNexiPresets());
        var (_, administrator) = await portal.RegisterOrganizationAsync("admin@nexi.example.jp");
        var email = new string('a', length - "@nexi.example.jp".Length) + "@nexi.example.jp";

        var invited = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = email, DisplayName = "Applicant", Type = MemberType.Applicant });

        Assert.Equal(length, email.Length);
        Assert.Equal(accepted, invited.IsSuccess);
        Assert.Equal(accepted ? null : "field.too_long", invited.FirstError?.Code);
    }

    [Fact]
    public void Nexi_LimitsAddressesToFiftyCharacters()
    {
        Assert.Equal(50, EmailPolicy.Nexi.MaxLength);
        Assert.Throws<ArgumentOutOfRangeException>(() => EmailPolicy.Default with { MaxLength = 3 });
    }
}
