using Accounts.Members;
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
    public void Nexi_LimitsAddressesToFiftyCharacters()
    {
        Assert.Equal(50, EmailPolicy.Nexi.MaxLength);
        Assert.Throws<ArgumentOutOfRangeException>(() => EmailPolicy.Default with { MaxLength = 3 });
    }
}
