using Accounts.Domain.Tests.UseCases;
using Accounts.InMemory;
using Accounts.Members;
using Accounts.Passwords;
using Accounts.SignIn;
using Accounts.Storage;
using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Accounts.Domain.Tests.SignIn;

/// <summary>The sign-in findings of the adversarial review (hardening issue, points 2, 8, 12, 13, 14, 15).</summary>
public sealed class SignInHardeningTests
{
    [Fact]
    [Trait("Req", "R-PWD-6")]
    public async Task WrongCodes_CountTowardLockout_EvenWhenThePasswordIsEnteredAgainBetweenGuesses()
    {
        var portal = new TestPortal(options => options.Lockout = new LockoutPolicy { MaxFailedAttempts = 3, LockoutDuration = Duration.FromMinutes(15) });
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");
        var authenticator = await SignInServiceTests.EnrollAsync(portal, administrator);
        var right = authenticator.CodeAt(portal.Clock.GetCurrentInstant());
        var wrong = right == "000000" ? "111111" : "000000";

        var outcomes = new List<SignInOutcome>();
        for (var guess = 0; guess < 3; guess++)
        {
            var password = await portal.SignIn.SignInAsync("taro@org.example.jp", TestPortal.Password);
            outcomes.Add((await portal.SignIn.CompleteWithOneTimePasswordAsync(password.Challenge?.Reveal(), wrong)).Outcome);
        }

        var afterLockout = await portal.SignIn.SignInAsync("taro@org.example.jp", TestPortal.Password);

        Assert.Equal([SignInOutcome.InvalidOneTimePassword, SignInOutcome.InvalidOneTimePassword, SignInOutcome.LockedOut], outcomes);
        Assert.Equal(SignInOutcome.LockedOut, afterLockout.Outcome);
        Assert.Null(afterLockout.Challenge);
    }

    [Fact]
    [Trait("Req", "R-PWD-6")]
    public async Task TheWholeSignIn_CodeIncluded_ClearsTheFailedAttempts()
    {
        var portal = new TestPortal(options => options.Lockout = new LockoutPolicy { MaxFailedAttempts = 3 });
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");
        var authenticator = await SignInServiceTests.EnrollAsync(portal, administrator);
        await portal.SignIn.SignInAsync("taro@org.example.jp", "Wrong#Pass1");
        portal.Clock.Advance(Duration.FromSeconds(30));

        var password = await portal.SignIn.SignInAsync("taro@org.example.jp", TestPortal.Password);
        var stillCounted = portal.Member(administrator)!.Credential!.FailedAttempts;
        var done = await portal.SignIn.CompleteWithOneTimePasswordAsync(password.Challenge!.Reveal(), authenticator.CodeAt(portal.Clock.GetCurrentInstant()));

        Assert.Equal(1, stillCounted);
        Assert.True(done.IsSignedIn);
        Assert.Equal(0, portal.Member(administrator)!.Credential!.FailedAttempts);
    }

    [Fact]
    public async Task ASignInThatMeetsConflicts_HashesThePasswordOnce_AndItsFailureIsAlwaysCounted()
    {
        var portal = new TestPortal(options => options.MaxCommitAttempts = 2);
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");
        var conflicting = new ConflictingFirstUnitOfWork(new InMemoryUnitOfWork(portal.Database), conflicts: 5);
        var busy = portal.With(services => services.AddSingleton<IUnitOfWork>(conflicting));
        await busy.SignIn.SignInAsync("warm@up.example.jp", "x");
        conflicting.Reset(conflicts: 5);
        busy.Hasher.Reset();

        var result = await busy.SignIn.SignInAsync("taro@org.example.jp", "Wrong#Pass1");

        Assert.Equal(SignInOutcome.InvalidCredentials, result.Outcome);
        Assert.Equal(6, conflicting.Attempts);
        Assert.Equal((0, 1), (busy.Hasher.Hashes, busy.Hasher.Verifications));
        Assert.Equal(1, portal.Member(administrator)!.Credential!.FailedAttempts);
    }

    [Fact]
    public async Task WhenTheHashersParametersGrew_ASuccessfulSignIn_StoresTheHashAgainWithTheNewOnes_AndAFailedOneDoesNot()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");
        var stronger = portal.With(configure: options => options.PasswordHashing = new Pbkdf2Options { Iterations = 2_000 });

        var failed = await stronger.SignIn.SignInAsync("taro@org.example.jp", "Wrong#Pass12345678");
        var afterFailure = portal.Member(administrator)!.Credential!.PasswordHash;
        var succeeded = await stronger.SignIn.SignInAsync("taro@org.example.jp", TestPortal.Password);
        var afterSuccess = portal.Member(administrator)!.Credential!.PasswordHash;
        var again = await portal.SignIn.SignInAsync("taro@org.example.jp", TestPortal.Password);

        Assert.Equal(SignInOutcome.InvalidCredentials, failed.Outcome);
        Assert.Contains("$i=1000$", afterFailure, StringComparison.Ordinal);
        Assert.Equal(SignInOutcome.Succeeded, succeeded.Outcome);
        Assert.Contains("$i=2000$", afterSuccess, StringComparison.Ordinal);
        Assert.Equal(SignInOutcome.Succeeded, again.Outcome);
    }

    [Fact]
    public async Task APasswordChange_CancelsASecondStepOpenedWithTheOldPassword()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");
        var authenticator = await SignInServiceTests.EnrollAsync(portal, administrator);
        portal.Clock.Advance(Duration.FromSeconds(30));
        var withOldPassword = await portal.SignIn.SignInAsync("taro@org.example.jp", TestPortal.Password);

        var changed = await portal.Passwords.ChangePasswordAsync(administrator, TestPortal.Password, "Another#Pass987654");
        var completed = await portal.SignIn.CompleteWithOneTimePasswordAsync(withOldPassword.Challenge!.Reveal(), authenticator.CodeAt(portal.Clock.GetCurrentInstant()));

        Assert.True(changed.IsSuccess);
        Assert.Null(portal.Member(administrator)!.Credential!.PendingSignIn);
        Assert.Equal(SignInOutcome.ChallengeInvalid, completed.Outcome);
    }

    [Fact]
    [Trait("Req", "R-PWD-7")]
    public async Task WhatIsTypedAsAddress_ReachesTheAuditTrailOnlyAsAKeyedHash()
    {
        var key = Enumerable.Repeat((byte)7, 32).ToArray();
        var portal = new TestPortal(options => options.UseAuditPseudonymKey(key));
        await portal.RegisterOrganizationAsync("taro@org.example.jp");
        var restarted = portal.With();

        await portal.SignIn.SignInAsync("Tokyo_2025@hq.jp", "anything");
        await restarted.SignIn.SignInAsync("tokyo_2025@HQ.jp", "anything");
        await portal.SignIn.SignInAsync("Tokyo_2025", "anything");
        await portal.SignIn.SignInAsync("taro@org.example.jp", "Wrong#Pass1");

        var attempts = portal.Database.AuditEntries.Where(e => e.Action == SignInAuditActions.Password).ToList();
        Assert.Equal(4, attempts.Count);
        Assert.All(attempts, e => Assert.DoesNotContain("tokyo", e.Actor.Id + e.Target, StringComparison.OrdinalIgnoreCase));
        Assert.All(attempts, e => Assert.DoesNotContain("taro", e.Actor.Id + e.Target, StringComparison.OrdinalIgnoreCase));
        Assert.All(attempts, e => Assert.Matches("^hmac:[A-Za-z0-9_-]{16}$", e.Actor.Id));
        Assert.Equal(attempts[0].Actor, attempts[1].Actor);
        Assert.NotEqual(attempts[0].Actor, attempts[2].Actor);
        Assert.Equal(portal.Member((await portal.Store.FindMemberByEmailAsync("taro@org.example.jp"))!.Id)!.Id.ToString(), attempts[3].Target);
    }

    [Fact]
    [Trait("Req", "R-PWD-7")]
    public async Task AProtectedTotpSecretCopiedOntoAnotherAccount_DoesNotWorkThere()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");
        var victim = await portal.InviteAndAcceptAsync(administrator, "hanako@org.example.jp");
        var attackerApp = await SignInServiceTests.EnrollAsync(portal, administrator);
        await SignInServiceTests.EnrollAsync(portal, victim);
        var victimRow = portal.Member(victim)!;
        var copied = victimRow with
        {
            Credential = victimRow.Credential! with { OneTimePassword = victimRow.Credential.OneTimePassword! with { ProtectedSecret = portal.Member(administrator)!.Credential!.OneTimePassword!.ProtectedSecret } },
        };
        Assert.True((await portal.UnitOfWork.CommitAsync(new ChangeSet { Writes = [AggregateWrite.Update(copied)] }, default)).IsCommitted);
        portal.Clock.Advance(Duration.FromSeconds(30));

        var password = await portal.SignIn.SignInAsync("hanako@org.example.jp", TestPortal.Password);
        var withAttackersCode = await portal.SignIn.CompleteWithOneTimePasswordAsync(password.Challenge!.Reveal(), attackerApp.CodeAt(portal.Clock.GetCurrentInstant()));

        Assert.Equal(SignInOutcome.InvalidOneTimePassword, withAttackersCode.Outcome);
    }

    [Fact]
    public async Task UnderTheNistPreset_TheDecomposedSpellingOfAPassword_IsTheSamePassword()
    {
        const string composed = "Caf\u00E9 au lait, s'il vous pla\u00EEt";
        const string decomposed = "Cafe\u0301 au lait, s'il vous plai\u0302t";
        var portal = new TestPortal(options => options.Passwords = PasswordPolicy.NistSp80063B);
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");

        var changed = await portal.Passwords.ChangePasswordAsync(administrator, TestPortal.Password, decomposed);
        var signedIn = await portal.SignIn.SignInAsync("taro@org.example.jp", composed);
        var reused = await portal.Passwords.ChangePasswordAsync(administrator, decomposed, composed);

        Assert.True(changed.IsSuccess, string.Join(", ", changed.Errors.Select(e => e.Code)));
        Assert.True(signedIn.IsSignedIn);
        Assert.Equal("password.reused", reused.FirstError!.Code);
    }
}
