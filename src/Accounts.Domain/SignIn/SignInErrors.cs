using Accounts.Messages;
using Accounts.Results;

namespace Accounts.SignIn;

/// <summary>The codes of sign-in outcomes that are not a success.</summary>
public static class SignInErrors
{
    /// <summary><c>signin.invalid_credentials</c>: the e-mail address or the password is wrong (the answer never says which).</summary>
    public static MessageDefinition InvalidCredentials { get; } = new("signin.invalid_credentials", "The e-mail address or the password is incorrect.", "メールアドレスまたはパスワードが正しくありません。", ErrorCategory.Unauthenticated);

    /// <summary><c>signin.locked_out</c>: too many failed attempts; argument <c>until</c>.</summary>
    public static MessageDefinition LockedOut { get; } = new("signin.locked_out", "Too many failed attempts. Try again after {until}.", "ログインに続けて失敗したため、{until}までログインできません。", ErrorCategory.Locked);

    /// <summary><c>signin.disabled</c>: the account was disabled by an administrator.</summary>
    public static MessageDefinition Disabled { get; } = new("signin.disabled", "This account is disabled. Contact your administrator.", "このアカウントは無効化されています。管理ユーザにお問い合わせください。", ErrorCategory.Forbidden);

    /// <summary><c>signin.password_change_required</c>: an initial or expired password must be changed before anything else.</summary>
    public static MessageDefinition PasswordChangeRequired { get; } = new("signin.password_change_required", "Change your password before continuing.", "パスワードを変更してください。", ErrorCategory.Forbidden);

    /// <summary><c>signin.challenge_invalid</c>: the second-step challenge is unknown, used or expired; sign in again.</summary>
    public static MessageDefinition ChallengeInvalid { get; } = new("signin.challenge_invalid", "This sign-in step has expired. Sign in again.", "ログインの有効期限が切れました。もう一度ログインしてください。", ErrorCategory.Unauthenticated);

    /// <summary>Every definition of this group.</summary>
    public static IReadOnlyList<MessageDefinition> All { get; } = [InvalidCredentials, LockedOut, Disabled, PasswordChangeRequired, ChallengeInvalid];
}
