using Accounts.Messages;
using Accounts.Results;

namespace Accounts.Passwords;

/// <summary>The codes of the password policy, each with its Japanese and English message.</summary>
public static class PasswordErrors
{
    /// <summary><c>password.too_short</c>; argument <c>minimum</c>.</summary>
    public static MessageDefinition TooShort { get; } = new("password.too_short", "Use at least {minimum} characters.", "パスワードは{minimum}桁以上で設定してください。");

    /// <summary><c>password.too_long</c>; argument <c>maximum</c>.</summary>
    public static MessageDefinition TooLong { get; } = new("password.too_long", "Use at most {maximum} characters.", "パスワードは{maximum}桁以内で設定してください。");

    /// <summary><c>password.requires_upper</c>; argument <c>minimum</c>.</summary>
    public static MessageDefinition RequiresUpper { get; } = new("password.requires_upper", "Use at least {minimum} upper-case letter(s) (A-Z).", "半角英大文字を{minimum}文字以上使用してください。");

    /// <summary><c>password.requires_lower</c>; argument <c>minimum</c>.</summary>
    public static MessageDefinition RequiresLower { get; } = new("password.requires_lower", "Use at least {minimum} lower-case letter(s) (a-z).", "半角英小文字を{minimum}文字以上使用してください。");

    /// <summary><c>password.requires_digit</c>; argument <c>minimum</c>.</summary>
    public static MessageDefinition RequiresDigit { get; } = new("password.requires_digit", "Use at least {minimum} digit(s) (0-9).", "半角数字を{minimum}文字以上使用してください。");

    /// <summary><c>password.requires_symbol</c>; arguments <c>minimum</c> and <c>symbols</c>.</summary>
    public static MessageDefinition RequiresSymbol { get; } = new("password.requires_symbol", "Use at least {minimum} of these symbols: {symbols}", "半角記号（{symbols}）を{minimum}文字以上使用してください。");

    /// <summary><c>password.invalid_character</c>: a character outside the allowed set, such as a full-width character or a space; argument <c>symbols</c>.</summary>
    public static MessageDefinition InvalidCharacter { get; } = new("password.invalid_character", "The password contains a character that is not allowed. Allowed symbols: {symbols}", "使用できない文字が含まれています。使用可能な記号は次のとおりです：{symbols}");

    /// <summary><c>password.reused</c>: the current password, or one of the recent ones the policy remembers.</summary>
    public static MessageDefinition Reused { get; } = new("password.reused", "You cannot use your current or a recent password.", "現在のパスワード（または最近使用したパスワード）はご利用いただけません。");

    /// <summary><c>password.contains_email</c>: the password contains the account's e-mail local part.</summary>
    public static MessageDefinition ContainsEmail { get; } = new("password.contains_email", "The password must not contain your e-mail address.", "パスワードにメールアドレスを含めないでください。");

    /// <summary><c>password.blocklisted</c>: a common or breached password.</summary>
    public static MessageDefinition Blocklisted { get; } = new("password.blocklisted", "This password is too common. Choose another one.", "このパスワードは推測されやすいため使用できません。");

    /// <summary><c>password.incorrect</c>: the current password given to change it is wrong.</summary>
    public static MessageDefinition Incorrect { get; } = new("password.incorrect", "The current password is incorrect.", "現在のパスワードが正しくありません。");

    /// <summary><c>password.change_required</c>: the account still has its initial password, and changing it is the only thing it may do.</summary>
    public static MessageDefinition ChangeRequired { get; } = new("password.change_required", "Change your initial password before doing anything else.", "初期パスワードを変更してから操作してください。", ErrorCategory.Forbidden);

    /// <summary>Every definition of this group.</summary>
    public static IReadOnlyList<MessageDefinition> All { get; } =
        [TooShort, TooLong, RequiresUpper, RequiresLower, RequiresDigit, RequiresSymbol, InvalidCharacter, Reused, ContainsEmail, Blocklisted, Incorrect, ChangeRequired];
}
