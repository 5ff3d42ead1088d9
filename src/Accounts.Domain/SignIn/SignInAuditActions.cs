namespace Accounts.SignIn;

/// <summary>The audit actions of sign-in and one-time passwords.</summary>
public static class SignInAuditActions
{
    /// <summary>A sign-in attempt with e-mail and password.</summary>
    public const string Password = "signin.password";

    /// <summary>The second step of a sign-in, with a one-time password.</summary>
    public const string OneTimePassword = "signin.one_time_password";

    /// <summary>One-time password enrollment was started.</summary>
    public const string BeginOneTimePasswordEnrollment = "otp.begin_enrollment";

    /// <summary>One-time password enrollment was confirmed with a first code.</summary>
    public const string ConfirmOneTimePasswordEnrollment = "otp.confirm_enrollment";

    /// <summary>The actions of the sign-in feature.</summary>
    public static IReadOnlyList<string> SignIn { get; } = [Password, OneTimePassword];

    /// <summary>The actions of the one-time password feature.</summary>
    public static IReadOnlyList<string> OneTimePasswords { get; } = [BeginOneTimePasswordEnrollment, ConfirmOneTimePasswordEnrollment];
}
