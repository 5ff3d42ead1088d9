namespace Accounts.SignIn;

/// <summary>How a sign-in step ended.</summary>
public enum SignInOutcome
{
    /// <summary>Signed in.</summary>
    Succeeded = 1,

    /// <summary>The password was right, but it must be changed before anything else: an initial password or one past its maximum age.</summary>
    PasswordChangeRequired = 2,

    /// <summary>The password was right; a one-time password is needed next.</summary>
    OneTimePasswordRequired = 3,

    /// <summary>The password was right; the organization requires one-time passwords and the person has not set them up yet.</summary>
    OneTimePasswordEnrollmentRequired = 4,

    /// <summary>The e-mail address or the password is wrong; the answer never says which.</summary>
    InvalidCredentials = 5,

    /// <summary>The one-time password is wrong, too old or used before.</summary>
    InvalidOneTimePassword = 6,

    /// <summary>The second step's challenge is unknown, used or expired; sign in again.</summary>
    ChallengeInvalid = 7,

    /// <summary>Too many failed attempts; sign-in is refused until an instant.</summary>
    LockedOut = 8,

    /// <summary>The account was disabled by an administrator.</summary>
    Disabled = 9,
}
