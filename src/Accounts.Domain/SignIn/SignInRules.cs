using Accounts.Members;
using Accounts.Passwords;
using NodaTime;

namespace Accounts.SignIn;

/// <summary>
/// The sign-in decisions, pure: from the account's state, whether the credentials matched and
/// the instant. Hashing and code checks happen before, in the use case; saving after.
/// </summary>
internal static class SignInRules
{
    /// <summary>Decides the password step.</summary>
    /// <param name="account">The account of the e-mail address, or <see langword="null"/> when none has it.</param>
    /// <param name="passwordMatches">Whether the password matched the stored hash.</param>
    /// <param name="newHash">A fresh hash of the same password when the stored one used weaker parameters; otherwise <see langword="null"/>.</param>
    /// <param name="organizationRequiresOneTimePassword">Whether the account's organization requires a second step.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="passwords">The password policy, for the maximum age.</param>
    /// <param name="lockout">The lockout policy.</param>
    public static SignInDecision DecidePassword(
        MemberSnapshot? account,
        bool passwordMatches,
        string? newHash,
        bool organizationRequiresOneTimePassword,
        Instant now,
        PasswordPolicy passwords,
        LockoutPolicy lockout)
    {
        ArgumentNullException.ThrowIfNull(passwords);
        ArgumentNullException.ThrowIfNull(lockout);
        if (account?.Credential is not { } credential || account.Status == MemberStatus.Invited)
        {
            return new SignInDecision(SignInOutcome.InvalidCredentials);
        }

        if (LockedUntil(credential, now) is { } until)
        {
            return new SignInDecision(SignInOutcome.LockedOut, LockedOutUntil: until);
        }

        if (!passwordMatches)
        {
            return Fail(credential, SignInOutcome.InvalidCredentials, now, lockout);
        }

        if (account.Status == MemberStatus.Disabled)
        {
            return new SignInDecision(SignInOutcome.Disabled);
        }

        credential = credential with { PasswordHash = newHash ?? credential.PasswordHash };
        var enrolled = credential.OneTimePassword is { Confirmed: true };
        if (enrolled)
        {
            // The failures so far still count: only the whole sign-in, code included, clears
            // them, so entering the password again between code guesses never evades lockout.
            return new SignInDecision(SignInOutcome.OneTimePasswordRequired, credential);
        }

        credential = credential with { FailedAttempts = 0, LockedOutUntil = null };

        return organizationRequiresOneTimePassword
            ? new SignInDecision(SignInOutcome.OneTimePasswordEnrollmentRequired, credential)
            : Complete(credential, now, passwords);
    }

    /// <summary>Opens the second step: stores the challenge's hash and expiry on the credential.</summary>
    /// <param name="credential">The credential after the password step.</param>
    /// <param name="challengeHash">The hash of the issued challenge token.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="policy">The one-time password policy, for the challenge lifetime.</param>
    public static CredentialSnapshot AwaitOneTimePassword(CredentialSnapshot credential, string challengeHash, Instant now, OneTimePasswordPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(policy);
        return credential with { PendingSignIn = new PendingSignInSnapshot { ChallengeHash = challengeHash, ExpiresAt = now + policy.ChallengeLifetime } };
    }

    /// <summary>Decides the one-time password step.</summary>
    /// <param name="account">The account the challenge names, or <see langword="null"/>.</param>
    /// <param name="challengeMatches">Whether the presented challenge matched the stored hash.</param>
    /// <param name="matchedStep">The time step the code matched, or <see langword="null"/> when it did not.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="passwords">The password policy, for the maximum age.</param>
    /// <param name="lockout">The lockout policy.</param>
    public static SignInDecision DecideOneTimePassword(
        MemberSnapshot? account,
        bool challengeMatches,
        long? matchedStep,
        Instant now,
        PasswordPolicy passwords,
        LockoutPolicy lockout)
    {
        ArgumentNullException.ThrowIfNull(passwords);
        ArgumentNullException.ThrowIfNull(lockout);
        if (account?.Credential is not { PendingSignIn: { } pending } credential || !challengeMatches || pending.ExpiresAt <= now
            || credential.OneTimePassword is not { Confirmed: true } oneTimePassword)
        {
            return new SignInDecision(SignInOutcome.ChallengeInvalid);
        }

        if (LockedUntil(credential, now) is { } until)
        {
            return new SignInDecision(SignInOutcome.LockedOut, LockedOutUntil: until);
        }

        if (account.Status == MemberStatus.Disabled)
        {
            return new SignInDecision(SignInOutcome.Disabled, credential with { PendingSignIn = null });
        }

        if (matchedStep is not { } step || step <= oneTimePassword.LastAcceptedTimeStep)
        {
            return Fail(credential, SignInOutcome.InvalidOneTimePassword, now, lockout);
        }

        credential = credential with
        {
            FailedAttempts = 0,
            LockedOutUntil = null,
            PendingSignIn = null,
            OneTimePassword = oneTimePassword with { LastAcceptedTimeStep = step },
        };
        return Complete(credential, now, passwords);
    }

    /// <summary>Whether the password is past the policy's maximum age at an instant.</summary>
    /// <param name="credential">The credential.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="passwords">The password policy.</param>
    public static bool IsExpired(CredentialSnapshot credential, Instant now, PasswordPolicy passwords)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(passwords);
        return passwords.MaximumAge is { } maximumAge && now - credential.PasswordChangedAt >= maximumAge;
    }

    private static SignInDecision Complete(CredentialSnapshot credential, Instant now, PasswordPolicy passwords)
    {
        if (credential.MustChangePassword)
        {
            return new SignInDecision(SignInOutcome.PasswordChangeRequired, credential, PasswordChangeReason: PasswordChangeReason.InitialPassword);
        }

        return IsExpired(credential, now, passwords)
            ? new SignInDecision(SignInOutcome.PasswordChangeRequired, credential, PasswordChangeReason: PasswordChangeReason.Expired)
            : new SignInDecision(SignInOutcome.Succeeded, credential with { LastSignInAt = now });
    }

    /// <summary>Counts a failed attempt (a wrong password, a wrong code, a wrong current password at a change): the account locks at the policy's limit.</summary>
    /// <param name="credential">The credential.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="lockout">The lockout policy.</param>
    /// <returns>The credential with the attempt counted, and the instant until which it is locked, if it now is.</returns>
    public static (CredentialSnapshot Credential, Instant? LockedOutUntil) CountFailure(CredentialSnapshot credential, Instant now, LockoutPolicy lockout)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(lockout);
        var failures = credential.FailedAttempts + 1;
        if (failures < lockout.MaxFailedAttempts)
        {
            return (credential with { FailedAttempts = failures, LockedOutUntil = null }, null);
        }

        var until = now + lockout.LockoutDuration;
        return (credential with { FailedAttempts = 0, LockedOutUntil = until, PendingSignIn = null }, until);
    }

    /// <summary>The instant until which the account is locked, or <see langword="null"/> when it is not locked at <paramref name="now"/>.</summary>
    /// <param name="credential">The credential.</param>
    /// <param name="now">The current instant.</param>
    public static Instant? LockedUntil(CredentialSnapshot credential, Instant now) =>
        credential?.LockedOutUntil is { } until && until > now ? until : null;

    private static SignInDecision Fail(CredentialSnapshot credential, SignInOutcome outcome, Instant now, LockoutPolicy lockout)
    {
        var (counted, lockedUntil) = CountFailure(credential, now, lockout);
        return lockedUntil is { } until
            ? new SignInDecision(SignInOutcome.LockedOut, counted, until)
            : new SignInDecision(outcome, counted);
    }
}
