using Accounts.Passwords;
using Accounts.SignIn;
using Accounts.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Accounts.Domain.Tests.SignIn;

/// <summary>
/// Model-based tests of lockout and enumeration (hardening issue, proof): random sequences of
/// password steps, second steps and password changes, right and wrong, with time passing, run
/// against the portal and against a small model of the rules. Every answer must be the model's,
/// so no sequence gets more wrong guesses evaluated than the policy's limit before a lockout.
/// </summary>
public sealed class LockoutModelTests
{
    private const int MaxFailedAttempts = 3;
    private const string Address = "taro@org.example.jp";
    private static readonly Duration LockoutDuration = Duration.FromMinutes(15);

    private enum Step
    {
        RightPassword,
        WrongPassword,
        RightCode,
        WrongCode,
        RightCurrentPassword,
        WrongCurrentPassword,
        WaitAMinute,
        WaitForTheChallengeToExpire,
        WaitForTheLockoutToEnd,
    }

    [Fact]
    [Trait("Req", "R-PWD-6")]
    public void Property_NoSequenceOfAttempts_GetsMoreWrongGuessesEvaluatedThanThePolicyAllows()
    {
        var sequences = Gen.Elements(Enum.GetValues<Step>()).ArrayOf().Where(steps => steps.Length > 0);
        Prop.ForAll(sequences.ToArbitrary(), steps => Run(steps).GetAwaiter().GetResult()).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public void Property_AnUnknownAddress_AnswersLikeAKnownOneWithAWrongPassword_UntilThatOneLocks()
    {
        var addresses = Gen.Elements("known@org.example.jp", "other@org.example.jp", "nobody@org.example.jp", "ghost@elsewhere.example.jp", "not an address").ArrayOf();
        Prop.ForAll(addresses.ToArbitrary(), sequence =>
        {
            var portal = new TestPortal(options => options.Lockout = new LockoutPolicy { MaxFailedAttempts = MaxFailedAttempts, LockoutDuration = LockoutDuration });
            portal.RegisterOrganizationAsync("known@org.example.jp").GetAwaiter().GetResult();

            // The first sign-in of a hasher makes the hash that unknown addresses are checked against.
            portal.SignIn.SignInAsync("warm@up.example.jp", "x").AsTask().GetAwaiter().GetResult();
            var failures = new Dictionary<string, int>();
            foreach (var address in sequence)
            {
                portal.Hasher.Reset();
                var result = portal.SignIn.SignInAsync(address, "Wrong#Guess1").AsTask().GetAwaiter().GetResult();
                var known = address == "known@org.example.jp";
                failures[address] = failures.GetValueOrDefault(address) + 1;
                var expected = known && failures[address] >= MaxFailedAttempts
                    ? SignInOutcome.LockedOut
                    : SignInOutcome.InvalidCredentials;
                Assert.Equal(expected, result.Outcome);
                Assert.Null(result.MemberId);
                Assert.Equal((0, 1), (portal.Hasher.Hashes, portal.Hasher.Verifications));
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    private static async Task<bool> Run(Step[] steps)
    {
        var portal = new TestPortal(options => options.Lockout = new LockoutPolicy { MaxFailedAttempts = MaxFailedAttempts, LockoutDuration = LockoutDuration });
        var (_, member) = await portal.RegisterOrganizationAsync(Address);
        var app = await SignInServiceTests.EnrollAsync(portal, member);
        var model = new Model(TestPortal.Password);
        string? challenge = null;
        var changes = 0;
        foreach (var step in steps)
        {
            var now = portal.Clock.GetCurrentInstant();
            switch (step)
            {
                case Step.RightPassword or Step.WrongPassword:
                    {
                        var result = await portal.SignIn.SignInAsync(Address, step == Step.RightPassword ? model.Password : "Wrong#Guess1");
                        Assert.Equal(model.PasswordStep(step == Step.RightPassword, now, portal.Policies.OneTimePasswords.ChallengeLifetime), result.Outcome);
                        challenge = result.Challenge?.Reveal() ?? challenge;
                        break;
                    }

                case Step.RightCode or Step.WrongCode:
                    {
                        // A fresh time step, so a right code is never a replay.
                        portal.Clock.Advance(Duration.FromSeconds(30));
                        now = portal.Clock.GetCurrentInstant();
                        var right = app.CodeAt(now);
                        var nearby = new[] { app.CodeAt(now - Duration.FromSeconds(30)), right, app.CodeAt(now + Duration.FromSeconds(30)) };
                        var wrong = Enumerable.Range(0, 4).Select(i => $"{i}{i}{i}{i}{i}{i}").First(code => !nearby.Contains(code));
                        var result = await portal.SignIn.CompleteWithOneTimePasswordAsync(challenge, step == Step.RightCode ? right : wrong);
                        Assert.Equal(model.CodeStep(step == Step.RightCode, now), result.Outcome);
                        break;
                    }

                case Step.RightCurrentPassword or Step.WrongCurrentPassword:
                    {
                        var next = $"Changed#{++changes}abcdef";
                        var result = await portal.Passwords.ChangePasswordAsync(member, step == Step.RightCurrentPassword ? model.Password : "Wrong#Guess1", next);
                        Assert.Equal(model.Change(step == Step.RightCurrentPassword, next, now), result.IsSuccess ? null : result.FirstError!.Code);
                        break;
                    }

                case Step.WaitAMinute:
                    portal.Clock.Advance(Duration.FromMinutes(1));
                    break;
                case Step.WaitForTheChallengeToExpire:
                    portal.Clock.Advance(portal.Policies.OneTimePasswords.ChallengeLifetime);
                    break;
                default:
                    portal.Clock.Advance(LockoutDuration);
                    break;
            }

        }

        return true;
    }

    /// <summary>The rules as the issue states them, kept apart from the implementation.</summary>
    private sealed class Model(string password)
    {
        private int _failures;
        private Instant? _lockedUntil;
        private Instant? _challengeExpiresAt;

        // Wrong guesses evaluated since the last full success or the last lockout.
        private int _wrongGuessesInAWindow;

        public string Password { get; private set; } = password;

        public SignInOutcome PasswordStep(bool right, Instant now, Duration challengeLifetime)
        {
            if (IsLocked(now))
            {
                return SignInOutcome.LockedOut;
            }

            if (!right)
            {
                return Fail(now) ? SignInOutcome.LockedOut : SignInOutcome.InvalidCredentials;
            }

            _challengeExpiresAt = now + challengeLifetime;
            return SignInOutcome.OneTimePasswordRequired;
        }

        public SignInOutcome CodeStep(bool right, Instant now)
        {
            if (_challengeExpiresAt is not { } expiresAt || expiresAt <= now)
            {
                return SignInOutcome.ChallengeInvalid;
            }

            if (IsLocked(now))
            {
                return SignInOutcome.LockedOut;
            }

            if (!right)
            {
                return Fail(now) ? SignInOutcome.LockedOut : SignInOutcome.InvalidOneTimePassword;
            }

            (_failures, _wrongGuessesInAWindow, _challengeExpiresAt) = (0, 0, null);
            return SignInOutcome.Succeeded;
        }

        public string? Change(bool right, string next, Instant now)
        {
            if (IsLocked(now))
            {
                return "signin.locked_out";
            }

            if (!right)
            {
                return Fail(now) ? "signin.locked_out" : "password.incorrect";
            }

            (Password, _failures, _wrongGuessesInAWindow, _challengeExpiresAt) = (next, 0, 0, null);
            return null;
        }

        private bool IsLocked(Instant now) => _lockedUntil is { } until && until > now;

        private bool Fail(Instant now)
        {
            Assert.InRange(++_wrongGuessesInAWindow, 1, MaxFailedAttempts);
            if (++_failures < MaxFailedAttempts)
            {
                return false;
            }

            (_failures, _wrongGuessesInAWindow, _lockedUntil, _challengeExpiresAt) = (0, 0, now + LockoutDuration, null);
            return true;
        }
    }
}
