using Accounts.Messages;
using Accounts.Results;

namespace Accounts.SignIn;

/// <summary>The codes of one-time passwords.</summary>
public static class OneTimePasswordErrors
{
    /// <summary><c>otp.invalid_code</c>: the code is wrong, too old, or was used before.</summary>
    public static MessageDefinition InvalidCode { get; } = new("otp.invalid_code", "The one-time password is incorrect or was already used.", "ワンタイムパスワードが正しくないか、既に使用されています。");

    /// <summary><c>otp.not_enrolled</c>: no enrollment to confirm or use.</summary>
    public static MessageDefinition NotEnrolled { get; } = new("otp.not_enrolled", "One-time passwords are not set up for this account.", "ワンタイムパスワードが設定されていません。", ErrorCategory.Conflict);

    /// <summary><c>otp.already_enrolled</c>: a confirmed enrollment exists.</summary>
    public static MessageDefinition AlreadyEnrolled { get; } = new("otp.already_enrolled", "One-time passwords are already set up for this account.", "ワンタイムパスワードは既に設定されています。", ErrorCategory.Conflict);

    /// <summary><c>otp.disabled</c>: the portal does not offer one-time passwords.</summary>
    public static MessageDefinition Disabled { get; } = new("otp.disabled", "This portal does not offer one-time passwords.", "このポータルではワンタイムパスワードを利用できません。", ErrorCategory.Forbidden);

    /// <summary>Every definition of this group.</summary>
    public static IReadOnlyList<MessageDefinition> All { get; } = [InvalidCode, NotEnrolled, AlreadyEnrolled, Disabled];
}
