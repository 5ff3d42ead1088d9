namespace Accounts.Passwords;

/// <summary>The audit actions of passwords.</summary>
public static class PasswordAuditActions
{
    /// <summary>A password was changed.</summary>
    public const string Change = "password.change";

    /// <summary>Every action of this group.</summary>
    public static IReadOnlyList<string> All { get; } = [Change];
}
