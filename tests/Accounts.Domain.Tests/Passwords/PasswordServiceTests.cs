using Accounts.Auditing;
using Accounts.Passwords;
using Accounts.Testing;
using NodaTime;

namespace Accounts.Domain.Tests.Passwords;

public sealed class PasswordServiceTests
{
    [Theory]
    [InlineData("Tanaka.taro#2025xyz", "password.contains_email")]
    [InlineData("TANAKA.TARO#2025xyz", "password.contains_email")]
    [InlineData("Boueki#2025{ok}xyz", null)]
    public async Task ChangingToAPasswordThatContainsTheAccountsAddress_IsRefusedByTheUseCase(string newPassword, string? code)
    {
        var portal = new TestPortal(options => options.Passwords = PasswordPolicy.NistSp80063B);
        var (_, administrator) = await portal.RegisterOrganizationAsync("tanaka.taro@org.example.jp");

        var before = portal.Member(administrator)!.Credential!.PasswordHash;

        var changed = await portal.Passwords.ChangePasswordAsync(administrator, TestPortal.Password, newPassword);

        Assert.Equal(code, changed.FirstError?.Code);
        Assert.Equal(code is null, portal.Member(administrator)!.Credential!.PasswordHash != before);
    }

    [Fact]
    [Trait("Req", "R-PWD-5")]
    public async Task ChangePassword_VerifiesTheCurrentOne_RestartsTheAge_AndMailsAConfirmation()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");
        portal.Clock.AdvanceDays(30);

        var result = await portal.Passwords.ChangePasswordAsync(administrator, TestPortal.Password, "Another#Pass9");

        Assert.True(result.IsSuccess);
        Assert.Equal(portal.Clock.GetCurrentInstant(), portal.Member(administrator)!.Credential!.PasswordChangedAt);
        var mail = portal.Database.OutboxMessages[^1];
        Assert.Equal((PasswordMailTemplates.PasswordChanged, "taro@org.example.jp"), (mail.Template, mail.To.Single()));
        Assert.Contains(portal.Database.AuditEntries, e => e.Action == PasswordAuditActions.Change && e.Outcome == AuditOutcome.Succeeded);
        Assert.Equal(Accounts.SignIn.SignInOutcome.Succeeded, (await portal.SignIn.SignInAsync("taro@org.example.jp", "Another#Pass9")).Outcome);
    }

    [Fact]
    [Trait("Req", "R-PWD-2")]
    public async Task TheCurrentPassword_CannotBeUsedAgain()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();

        var result = await portal.Passwords.ChangePasswordAsync(administrator, TestPortal.Password, TestPortal.Password);

        Assert.Equal(["password.reused"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    [Trait("Req", "R-PWD-2")]
    public async Task ADeeperHistory_RefusesRecentPasswords()
    {
        var portal = new TestPortal(options => options.Passwords = PasswordPolicy.Nexi with { HistoryDepth = 3 });
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        await portal.Passwords.ChangePasswordAsync(administrator, TestPortal.Password, "Second#222");
        await portal.Passwords.ChangePasswordAsync(administrator, "Second#222", "Third#3333");

        Assert.Equal("password.reused", (await portal.Passwords.ChangePasswordAsync(administrator, "Third#3333", TestPortal.Password)).FirstError!.Code);
        Assert.True((await portal.Passwords.ChangePasswordAsync(administrator, "Third#3333", "Fourth#444")).IsSuccess);
        Assert.True((await portal.Passwords.ChangePasswordAsync(administrator, "Fourth#444", TestPortal.Password)).IsSuccess);
    }

    [Fact]
    [Trait("Req", "R-PWD-3")]
    public async Task AWrongCurrentPassword_OrAWeakNewOne_IsRefusedWithCodes()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();

        var wrongCurrent = await portal.Passwords.ChangePasswordAsync(administrator, "Not#TheOne1", "Another#Pass9");
        var weak = await portal.Passwords.ChangePasswordAsync(administrator, TestPortal.Password, "weak pw");
        var missing = await portal.Passwords.ChangePasswordAsync(administrator, TestPortal.Password, null);

        Assert.Equal(["password.incorrect"], wrongCurrent.Errors.Select(e => e.Code));
        Assert.Equal(["password.too_short", "password.requires_upper", "password.requires_digit", "password.requires_symbol", "password.invalid_character"], weak.Errors.Select(e => e.Code));
        Assert.Contains("password.too_short", missing.Errors.Select(e => e.Code));
        Assert.Equal(portal.Clock.GetCurrentInstant(), portal.Member(administrator)!.Credential!.PasswordChangedAt);
    }

    [Fact]
    public async Task TheNistPreset_ChecksTheBlocklist()
    {
        var portal = new TestPortal(options => options.Passwords = PasswordPolicy.NistSp80063B);
        var (_, administrator) = await portal.RegisterOrganizationAsync("admin@org.example.jp");
        await portal.Passwords.ChangePasswordAsync(administrator, TestPortal.Password, "a long enough passphrase");

        var common = await portal.Passwords.ChangePasswordAsync(administrator, "a long enough passphrase", "passwordpassword");

        Assert.Equal(["password.blocklisted"], common.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task OnlyAnActiveAccount_ChangesItsPassword()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        var general = await portal.InviteAndAcceptAsync(administrator, "g@org.example.jp");
        await portal.Members.DisableAsync(administrator, general);

        Assert.Equal("permission.actor_inactive", (await portal.Passwords.ChangePasswordAsync(general, TestPortal.Password, "Another#Pass9")).FirstError!.Code);
        Assert.Equal("member.not_found", (await portal.Passwords.ChangePasswordAsync(Accounts.Members.MemberId.FromGuid(Guid.NewGuid()), "a", "b")).FirstError!.Code);
    }

    [Fact]
    public async Task CommonPasswordBlocklist_IgnoresCase()
    {
        Assert.True(await CommonPasswordBlocklist.Instance.ContainsAsync("PassWord", default));
        Assert.True(await CommonPasswordBlocklist.Instance.ContainsAsync("P@ssw0rd", default));
        Assert.False(await CommonPasswordBlocklist.Instance.ContainsAsync("Boueki#2025{ok}", default));
        Assert.Equal(Duration.FromMinutes(15), LockoutPolicy.Default.LockoutDuration);
    }
}
