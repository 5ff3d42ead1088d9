using Accounts.Members;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.SignIn;
using NodaTime;

namespace Accounts.Domain.Tests.SignIn;

public sealed class SignInRulesTests
{
    private static readonly Instant Now = Instant.FromUtc(2025, 10, 1, 0, 0);
    private static readonly PasswordPolicy Passwords = PasswordPolicy.Nexi;
    private static readonly LockoutPolicy Lockout = LockoutPolicy.Default;

    [Fact]
    public void NoAccount_OrNoCredentialYet_IsInvalidCredentials_AndChangesNothing()
    {
        Assert.Equal(new SignInDecision(SignInOutcome.InvalidCredentials), SignInRules.DecidePassword(null, false, null, false, Now, Passwords, Lockout));
        Assert.Equal(new SignInDecision(SignInOutcome.InvalidCredentials), SignInRules.DecidePassword(Member() with { Credential = null, Status = MemberStatus.Invited }, true, null, false, Now, Passwords, Lockout));
    }

    [Fact]
    public void TheRightPassword_SignsIn_AndRecordsTheInstant()
    {
        var decision = SignInRules.DecidePassword(Member(), true, null, false, Now, Passwords, Lockout);

        Assert.Equal(SignInOutcome.Succeeded, decision.Outcome);
        Assert.Equal(Now, decision.Credential!.LastSignInAt);
    }

    [Fact]
    [Trait("Req", "R-PWD-4")]
    public void SigningInWithAnInitialPassword_AsksForTheChange()
    {
        var account = Member(Credential() with { MustChangePassword = true });

        var decision = SignInRules.DecidePassword(account, true, null, false, Now, Passwords, Lockout);

        Assert.Equal((SignInOutcome.PasswordChangeRequired, PasswordChangeReason.InitialPassword), (decision.Outcome, decision.PasswordChangeReason!.Value));
    }

    [Fact]
    [Trait("Req", "R-PWD-5")]
    public void APasswordPastTheMaximumAge_MustBeChanged()
    {
        var policy = Passwords with { MaximumAge = Duration.FromDays(90) };
        var account = Member(Credential() with { PasswordChangedAt = Now - Duration.FromDays(90) });

        var expired = SignInRules.DecidePassword(account, true, null, false, Now, policy, Lockout);
        var fresh = SignInRules.DecidePassword(account, true, null, false, Now - Duration.FromSeconds(1), policy, Lockout);

        Assert.Equal((SignInOutcome.PasswordChangeRequired, PasswordChangeReason.Expired), (expired.Outcome, expired.PasswordChangeReason!.Value));
        Assert.Equal(SignInOutcome.Succeeded, fresh.Outcome);
    }

    [Fact]
    public void WrongPasswords_CountUp_ThenLockTheAccount_UntilAnInstant()
    {
        var account = Member();
        SignInDecision decision = null!;
        for (var i = 1; i <= Lockout.MaxFailedAttempts; i++)
        {
            decision = SignInRules.DecidePassword(account, false, null, false, Now, Passwords, Lockout);
            account = account with { Credential = decision.Credential };
            if (i < Lockout.MaxFailedAttempts)
            {
                Assert.Equal((SignInOutcome.InvalidCredentials, i), (decision.Outcome, decision.Credential!.FailedAttempts));
            }
        }

        Assert.Equal((SignInOutcome.LockedOut, Now + Lockout.LockoutDuration), (decision.Outcome, decision.LockedOutUntil!.Value));
        var whileLocked = SignInRules.DecidePassword(account, true, null, false, Now + Duration.FromMinutes(1), Passwords, Lockout);
        var afterwards = SignInRules.DecidePassword(account, true, null, false, Now + Lockout.LockoutDuration, Passwords, Lockout);
        Assert.Equal((SignInOutcome.LockedOut, (CredentialSnapshot?)null), (whileLocked.Outcome, whileLocked.Credential));
        Assert.Equal(SignInOutcome.Succeeded, afterwards.Outcome);
    }

    [Fact]
    public void ADisabledAccount_IsToldSo_OnlyWithTheRightPassword()
    {
        var account = Member() with { Status = MemberStatus.Disabled };

        Assert.Equal(SignInOutcome.Disabled, SignInRules.DecidePassword(account, true, null, false, Now, Passwords, Lockout).Outcome);
        Assert.Equal(SignInOutcome.InvalidCredentials, SignInRules.DecidePassword(account, false, null, false, Now, Passwords, Lockout).Outcome);
    }

    [Fact]
    [Trait("Req", "R-PWD-6")]
    public void OneTimePasswords_AddASecondStep_AndARequirementWithoutEnrollmentAsksForOne()
    {
        var enrolled = Member(Credential() with { OneTimePassword = new OneTimePasswordSnapshot { ProtectedSecret = "x", Confirmed = true, EnrolledAt = Now } });

        Assert.Equal(SignInOutcome.OneTimePasswordRequired, SignInRules.DecidePassword(enrolled, true, null, false, Now, Passwords, Lockout).Outcome);
        Assert.Equal(SignInOutcome.OneTimePasswordEnrollmentRequired, SignInRules.DecidePassword(Member(), true, null, true, Now, Passwords, Lockout).Outcome);
    }

    [Fact]
    [Trait("Req", "R-PWD-6")]
    public void TheSecondStep_AcceptsANewStep_OnceAndOnlyBeforeTheChallengeExpires()
    {
        var policy = OneTimePasswordPolicy.Default;
        var credential = SignInRules.AwaitOneTimePassword(
            Credential() with { OneTimePassword = new OneTimePasswordSnapshot { ProtectedSecret = "x", Confirmed = true, EnrolledAt = Now, LastAcceptedTimeStep = 100 } },
            "challenge-hash",
            Now,
            policy);
        var account = Member(credential);

        var accepted = SignInRules.DecideOneTimePassword(account, true, 101, Now, Passwords, Lockout);
        var replayed = SignInRules.DecideOneTimePassword(account, true, 100, Now, Passwords, Lockout);
        var expired = SignInRules.DecideOneTimePassword(account, true, 101, Now + policy.ChallengeLifetime, Passwords, Lockout);
        var wrongChallenge = SignInRules.DecideOneTimePassword(account, false, 101, Now, Passwords, Lockout);

        Assert.Equal((SignInOutcome.Succeeded, 101L, (PendingSignInSnapshot?)null), (accepted.Outcome, accepted.Credential!.OneTimePassword!.LastAcceptedTimeStep, accepted.Credential.PendingSignIn));
        Assert.Equal(SignInOutcome.InvalidOneTimePassword, replayed.Outcome);
        Assert.Equal(SignInOutcome.ChallengeInvalid, expired.Outcome);
        Assert.Equal(SignInOutcome.ChallengeInvalid, wrongChallenge.Outcome);
    }

    [Fact]
    public void ARehashedPassword_IsSavedOnSuccess()
    {
        var decision = SignInRules.DecidePassword(Member(), true, "new-hash", false, Now, Passwords, Lockout);

        Assert.Equal("new-hash", decision.Credential!.PasswordHash);
    }

    private static CredentialSnapshot Credential() => new() { PasswordHash = "hash", PasswordChangedAt = Now - Duration.FromDays(1) };

    private static MemberSnapshot Member(CredentialSnapshot? credential = null) => new()
    {
        Id = MemberId.FromGuid(Guid.Parse("00000000-0000-4000-8000-000000000001")),
        OrganizationId = OrganizationId.FromGuid(Guid.Parse("00000000-0000-4000-8000-000000000002")),
        Email = "taro@example.jp",
        DisplayName = "Taro",
        Type = MemberType.Administrator,
        Status = MemberStatus.Active,
        Credential = credential ?? Credential(),
        CreatedAt = Now - Duration.FromDays(10),
    };
}
