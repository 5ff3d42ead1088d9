using Accounts.Auditing;
using Accounts.Passwords;
using Accounts.SignIn;
using Accounts.Testing;
using NodaTime;

namespace Accounts.Domain.Tests.Passwords;

/// <summary>The password findings of the adversarial review (hardening issue, points 4, 9, 16).</summary>
public sealed class PasswordChangeHardeningTests
{
    [Fact]
    [Trait("Req", "R-PWD-7")]
    public async Task WrongCurrentPasswords_CountTowardLockout_AndALockedAccountCannotChangeItsPassword()
    {
        var portal = new TestPortal(options => options.Lockout = new LockoutPolicy { MaxFailedAttempts = 3, LockoutDuration = Duration.FromMinutes(15) });
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");

        var first = await portal.Passwords.ChangePasswordAsync(administrator, "Guess#One1", "Another#Pass987654");
        await portal.SignIn.SignInAsync("taro@org.example.jp", "Guess#Two2");
        var third = await portal.Passwords.ChangePasswordAsync(administrator, "Guess#Three3", "Another#Pass987654");
        portal.Hasher.Reset();
        var rightButLocked = await portal.Passwords.ChangePasswordAsync(administrator, TestPortal.Password, "Another#Pass987654");
        var signInWhileLocked = await portal.SignIn.SignInAsync("taro@org.example.jp", TestPortal.Password);
        var lockedWork = portal.Hasher.Hashes;
        portal.Clock.Advance(Duration.FromMinutes(15));
        var later = await portal.Passwords.ChangePasswordAsync(administrator, TestPortal.Password, "Another#Pass987654");

        Assert.Equal("password.incorrect", first.FirstError!.Code);
        Assert.Equal("signin.locked_out", third.FirstError!.Code);
        Assert.Equal("signin.locked_out", rightButLocked.FirstError!.Code);
        Assert.Equal(SignInOutcome.LockedOut, signInWhileLocked.Outcome);
        Assert.Equal(0, lockedWork);
        Assert.True(later.IsSuccess);
        var changes = portal.Database.AuditEntries.Where(e => e.Action == PasswordAuditActions.Change).Select(e => (e.Outcome, e.Code)).ToList();
        Assert.Equal([(AuditOutcome.Failed, "password.incorrect"), (AuditOutcome.Failed, "signin.locked_out"), (AuditOutcome.Failed, "signin.locked_out"), (AuditOutcome.Succeeded, null)], changes);
    }

    [Fact]
    [Trait("Req", "R-PWD-3")]
    public async Task ANewPasswordThePolicyRefuses_IsNotHashedAgainstTheHistory()
    {
        var portal = new TestPortal(options => options.Passwords = PasswordPolicy.Nexi with { HistoryDepth = 24 });
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await portal.Passwords.ChangePasswordAsync(administrator, i == 0 ? TestPortal.Password : $"Rotated#{i - 1}x", $"Rotated#{i}x")).IsSuccess);
        }

        portal.Hasher.Reset();
        var refused = await portal.Passwords.ChangePasswordAsync(administrator, "Rotated#4x", "short");

        Assert.Equal(["password.too_short", "password.requires_upper", "password.requires_digit", "password.requires_symbol"], refused.Errors.Select(e => e.Code));
        Assert.Equal((0, 1), (portal.Hasher.Hashes, portal.Hasher.Verifications));
    }

    [Fact]
    public async Task TheDefaultPolicy_RefusesACommonPassword_ThatMeetsEveryNexiRule()
    {
        const string common = "P@ssw0rd1";
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");

        var result = await portal.Passwords.ChangePasswordAsync(administrator, TestPortal.Password, common);

        Assert.Empty(PasswordPolicy.Nexi.Validate(common));
        Assert.True(portal.Policies.Passwords.CheckBlocklist);
        Assert.Equal(["password.blocklisted"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void BothPresets_AndAPolicyBuiltFromScratch_CheckTheBlocklist_AndNexiCanOptOut()
    {
        Assert.True(PasswordPolicy.Nexi.CheckBlocklist);
        Assert.True(PasswordPolicy.NistSp80063B.CheckBlocklist);
        Assert.True(new PasswordPolicy().CheckBlocklist);
        Assert.False((PasswordPolicy.Nexi with { CheckBlocklist = false }).CheckBlocklist);
    }
}
