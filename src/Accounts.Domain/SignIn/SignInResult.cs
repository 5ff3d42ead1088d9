using Accounts.Calendars;
using Accounts.Members;
using Accounts.Messages;
using Accounts.Results;
using Accounts.Secrets;
using NodaTime;

namespace Accounts.SignIn;

/// <summary>The answer of a sign-in step to the host.</summary>
/// <param name="Outcome">How the step ended.</param>
/// <param name="MemberId">The account, once the password was right (succeeded, password change or enrollment required); never for failures, so nothing tells which addresses exist.</param>
/// <param name="Challenge">The token of the second step, for <see cref="SignInOutcome.OneTimePasswordRequired"/>: pass it back with the code.</param>
/// <param name="LockedOutUntil">Until when sign-in is refused, for <see cref="SignInOutcome.LockedOut"/>.</param>
/// <param name="PasswordChangeReason">Why, for <see cref="SignInOutcome.PasswordChangeRequired"/>.</param>
public sealed record SignInResult(
    SignInOutcome Outcome,
    MemberId? MemberId = null,
    RevealedSecret? Challenge = null,
    Instant? LockedOutUntil = null,
    PasswordChangeReason? PasswordChangeReason = null)
{
    /// <summary>Whether the person is signed in.</summary>
    public bool IsSignedIn => Outcome == SignInOutcome.Succeeded;

    /// <summary>The error to show for an outcome that is not a step forward; <see langword="null"/> otherwise.</summary>
    public Error? Error => Outcome switch
    {
        SignInOutcome.InvalidCredentials => SignInErrors.InvalidCredentials.Error("credentials"),
        SignInOutcome.InvalidOneTimePassword => OneTimePasswordErrors.InvalidCode.Error("code"),
        SignInOutcome.ChallengeInvalid => SignInErrors.ChallengeInvalid.Error("challenge"),
        SignInOutcome.LockedOut => SignInErrors.LockedOut.Error("credentials", MessageDefinition.Argument("until", LockedOutUntil is { } until ? JapanTime.Format(until) : string.Empty)),
        SignInOutcome.Disabled => SignInErrors.Disabled.Error("credentials"),
        SignInOutcome.PasswordChangeRequired => SignInErrors.PasswordChangeRequired.Error("password"),
        _ => null,
    };

    /// <summary>
    /// The same outcome as a <see cref="Result{T}"/>: a failure carries <see cref="Error"/>, and a
    /// success is the <see cref="SignInProgress"/> a caller handles case by case.
    /// </summary>
    public Result<SignInProgress> ToResult() => Outcome switch
    {
        SignInOutcome.Succeeded => new SignInProgress(new SignedIn(MemberId!.Value)),
        SignInOutcome.PasswordChangeRequired => new SignInProgress(new MustChangePassword(MemberId!.Value, PasswordChangeReason ?? SignIn.PasswordChangeReason.InitialPassword)),
        SignInOutcome.OneTimePasswordRequired => new SignInProgress(new MustEnterOneTimePassword(Challenge!)),
        SignInOutcome.OneTimePasswordEnrollmentRequired => new SignInProgress(new MustEnrollOneTimePassword(MemberId!.Value)),
        _ => Result.Failure<SignInProgress>(Error!),
    };
}
