using Accounts.Auditing;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.SignIn;
using Accounts.Testing;
using NodaTime;

namespace Accounts.Domain.Tests.SignIn;

public sealed class SignInServiceTests
{
    [Fact]
    public async Task TheRightPassword_SignsIn()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");

        var result = await portal.SignIn.SignInAsync("Taro@Org.Example.JP", TestPortal.Password);

        Assert.True(result.IsSignedIn);
        Assert.Equal(administrator, result.MemberId);
        Assert.Equal(portal.Clock.GetCurrentInstant(), portal.Member(administrator)!.Credential!.LastSignInAt);
        Assert.Contains(portal.Database.AuditEntries, e => e.Action == SignInAuditActions.Password && e.Outcome == AuditOutcome.Succeeded && e.Actor == ActorRef.Member(administrator));
    }

    [Fact]
    [Trait("Req", "R-PWD-7")]
    public async Task AnUnknownAddress_AndAWrongPassword_GetTheSameAnswer_AfterTheSameHashingWork()
    {
        var portal = new TestPortal();
        await portal.RegisterOrganizationAsync("taro@org.example.jp");
        await portal.SignIn.SignInAsync("warm@up.example.jp", "x");

        portal.Hasher.Reset();
        var unknown = await portal.SignIn.SignInAsync("nobody@org.example.jp", "Wrong#Pass1");
        var unknownWork = (portal.Hasher.Hashes, portal.Hasher.Verifications);
        portal.Hasher.Reset();
        var wrong = await portal.SignIn.SignInAsync("taro@org.example.jp", "Wrong#Pass1");
        var wrongWork = (portal.Hasher.Hashes, portal.Hasher.Verifications);
        portal.Hasher.Reset();
        var malformed = await portal.SignIn.SignInAsync("not an address", "Wrong#Pass1");
        var malformedWork = (portal.Hasher.Hashes, portal.Hasher.Verifications);

        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, malformed);
        Assert.Equal(new SignInResult(SignInOutcome.InvalidCredentials), unknown);
        Assert.Equal((0, 1), unknownWork);
        Assert.Equal(unknownWork, wrongWork);
        Assert.Equal(unknownWork, malformedWork);
        Assert.Equal("signin.invalid_credentials", unknown.Error!.Code);
    }

    [Fact]
    [Trait("Req", "R-PWD-4")]
    public async Task AnAdministratorIdIssuedWithAnInitialPassword_MustChangeItAtFirstSignIn()
    {
        var portal = new TestPortal(options => options.UseNexiPresets());
        var registered = await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("taro@nexi.example.jp", AdministratorProvisioning.InitialPassword), ActorRef.Operator("nexi"));
        var initial = registered.Value.InitialPassword!.Reveal();

        var userId = registered.Value.AdministratorUserId!;

        var first = await portal.SignIn.SignInAsync(userId, initial);
        var changed = await portal.Passwords.ChangePasswordAsync(first.MemberId!.Value, initial, "Boueki#2025{ok}");
        var second = await portal.SignIn.SignInAsync(userId, "Boueki#2025{ok}");

        Assert.Empty(PasswordPolicy.Nexi.Validate(initial));
        Assert.Equal((SignInOutcome.PasswordChangeRequired, PasswordChangeReason.InitialPassword), (first.Outcome, first.PasswordChangeReason!.Value));
        Assert.True(changed.IsSuccess);
        Assert.Equal(SignInOutcome.Succeeded, second.Outcome);
        Assert.DoesNotContain(portal.Database.OutboxMessages, m => m.Parameters.Any(p => p.Value == initial));
    }

    [Fact]
    [Trait("Req", "R-PWD-5")]
    public async Task AfterTheMaximumAge_SignInRequiresAChange()
    {
        var portal = new TestPortal(options => options.Passwords = PasswordPolicy.Nexi with { MaximumAge = Duration.FromDays(90) });
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");

        portal.Clock.AdvanceDays(90);
        var result = await portal.SignIn.SignInAsync("taro@org.example.jp", TestPortal.Password);

        Assert.Equal((SignInOutcome.PasswordChangeRequired, PasswordChangeReason.Expired, administrator), (result.Outcome, result.PasswordChangeReason!.Value, result.MemberId!.Value));
    }

    [Fact]
    public async Task TooManyFailures_LockTheAccountForAWhile()
    {
        var portal = new TestPortal(options => options.Lockout = new LockoutPolicy { MaxFailedAttempts = 3, LockoutDuration = Duration.FromMinutes(10) });
        await portal.RegisterOrganizationAsync("taro@org.example.jp");

        await portal.SignIn.SignInAsync("taro@org.example.jp", "wrong-1");
        await portal.SignIn.SignInAsync("taro@org.example.jp", "wrong-2");
        var third = await portal.SignIn.SignInAsync("taro@org.example.jp", "wrong-3");
        var rightButLocked = await portal.SignIn.SignInAsync("taro@org.example.jp", TestPortal.Password);
        portal.Clock.Advance(Duration.FromMinutes(10));
        var later = await portal.SignIn.SignInAsync("taro@org.example.jp", TestPortal.Password);

        Assert.Equal((SignInOutcome.LockedOut, portal.Clock.GetCurrentInstant()), (third.Outcome, third.LockedOutUntil!.Value));
        Assert.Equal(SignInOutcome.LockedOut, rightButLocked.Outcome);
        Assert.Equal("signin.locked_out", rightButLocked.Error!.Code);
        Assert.Null(rightButLocked.MemberId);
        Assert.Equal(SignInOutcome.Succeeded, later.Outcome);
        var refused = portal.Database.AuditEntries.Where(e => e.Action == SignInAuditActions.Password && e.Outcome != AuditOutcome.Succeeded).ToList();
        Assert.Equal([ActorKind.Anonymous, ActorKind.Anonymous, ActorKind.Anonymous, ActorKind.Member], refused.Select(e => e.Actor.Kind));
    }

    [Fact]
    public async Task ADisabledAccount_CannotSignIn()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync("admin@org.example.jp");
        var general = await portal.InviteAndAcceptAsync(administrator, "general@org.example.jp");
        await portal.Members.DisableAsync(administrator, general);

        var result = await portal.SignIn.SignInAsync("general@org.example.jp", TestPortal.Password);

        Assert.Equal((SignInOutcome.Disabled, "signin.disabled"), (result.Outcome, result.Error!.Code));
        Assert.Contains(portal.Database.AuditEntries, e => e.Action == SignInAuditActions.Password && e.Outcome == AuditOutcome.Denied && e.Code == "signin.disabled");
    }

    [Fact]
    [Trait("Req", "R-PWD-6")]
    public async Task WithOneTimePasswords_SignInTakesTwoSteps_AndACodeWorksOnce()
    {
        var portal = new TestPortal();
        var (organization, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");
        await portal.Organizations.RequireOneTimePasswordAsync(administrator, organization, true);
        var beforeEnrollment = await portal.SignIn.SignInAsync("taro@org.example.jp", TestPortal.Password);
        var authenticator = await EnrollAsync(portal, administrator);
        portal.Clock.Advance(Duration.FromSeconds(30));

        var password = await portal.SignIn.SignInAsync("taro@org.example.jp", TestPortal.Password);
        var code = authenticator.CodeAt(portal.Clock.GetCurrentInstant());
        var wrong = await portal.SignIn.CompleteWithOneTimePasswordAsync(password.Challenge!.Reveal(), code == "123456" ? "654321" : "123456");
        var done = await portal.SignIn.CompleteWithOneTimePasswordAsync(password.Challenge!.Reveal(), code);
        var replayed = await portal.SignIn.CompleteWithOneTimePasswordAsync(password.Challenge!.Reveal(), code);
        var again = await portal.SignIn.SignInAsync("taro@org.example.jp", TestPortal.Password);
        var sameCodeAgain = await portal.SignIn.CompleteWithOneTimePasswordAsync(again.Challenge!.Reveal(), code);

        Assert.Equal((SignInOutcome.OneTimePasswordEnrollmentRequired, administrator), (beforeEnrollment.Outcome, beforeEnrollment.MemberId!.Value));
        Assert.Equal((SignInOutcome.OneTimePasswordRequired, (MemberId?)null), (password.Outcome, password.MemberId));
        Assert.Equal(SignInOutcome.InvalidOneTimePassword, wrong.Outcome);
        Assert.Equal((SignInOutcome.Succeeded, administrator), (done.Outcome, done.MemberId!.Value));
        Assert.Equal(SignInOutcome.ChallengeInvalid, replayed.Outcome);
        Assert.Equal(SignInOutcome.InvalidOneTimePassword, sameCodeAgain.Outcome);
    }

    [Fact]
    [Trait("Req", "R-PWD-6")]
    public async Task WithoutTheRequirement_OnlyPeopleWhoEnrolledGetASecondStep()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");
        var general = await portal.InviteAndAcceptAsync(administrator, "hanako@org.example.jp");
        await EnrollAsync(portal, administrator);

        Assert.Equal(SignInOutcome.OneTimePasswordRequired, (await portal.SignIn.SignInAsync("taro@org.example.jp", TestPortal.Password)).Outcome);
        Assert.Equal(SignInOutcome.Succeeded, (await portal.SignIn.SignInAsync("hanako@org.example.jp", TestPortal.Password)).Outcome);
        Assert.NotEqual(administrator, general);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-challenge")]
    public async Task AMalformedChallenge_IsInvalid(string? challenge)
    {
        var portal = new TestPortal();

        var result = await portal.SignIn.CompleteWithOneTimePasswordAsync(challenge, "123456");

        Assert.Equal(SignInOutcome.ChallengeInvalid, result.Outcome);
    }

    [Fact]
    public async Task AnInvitedPerson_CannotSignInBeforeAccepting()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "pending@org.example.jp", DisplayName = "P" });

        Assert.Equal(SignInOutcome.InvalidCredentials, (await portal.SignIn.SignInAsync("pending@org.example.jp", TestPortal.Password)).Outcome);
    }

    internal static async Task<Authenticator> EnrollAsync(TestPortal portal, MemberId account)
    {
        var enrollment = await portal.OneTimePasswords.BeginEnrollmentAsync(account);
        var authenticator = new Authenticator(enrollment.Value.Secret.Reveal());
        var confirmed = await portal.OneTimePasswords.ConfirmEnrollmentAsync(account, authenticator.CodeAt(portal.Clock.GetCurrentInstant()));
        Assert.True(confirmed.IsSuccess);
        return authenticator;
    }

    internal sealed class Authenticator(string base32Secret)
    {
        private readonly byte[] _secret = Base32.TryDecode(base32Secret, out var bytes) ? bytes : [];

        public string CodeAt(Instant now) => Totp.Compute(_secret, Totp.TimeStep(now, OneTimePasswordPolicy.Default), OneTimePasswordPolicy.Default);
    }
}
