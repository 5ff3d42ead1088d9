namespace Accounts.Permissions;

/// <summary>The audit actions of access checks.</summary>
public static class PermissionAuditActions
{
    /// <summary>An action was checked for a host (for example "use services").</summary>
    public const string Authorize = "access.authorize";

    /// <summary>Every action of this group.</summary>
    public static IReadOnlyList<string> All { get; } = [Authorize];
}
