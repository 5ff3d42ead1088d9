namespace Accounts.Registration;

/// <summary>The audit actions of a migration campaign.</summary>
public static class RegistrationAuditActions
{
    /// <summary>Legacy accounts imported.</summary>
    public const string ImportLegacyAccounts = "registration.import_legacy_accounts";

    /// <summary>A legacy account asked to sign in.</summary>
    public const string LegacySignIn = "registration.legacy_sign_in";

    /// <summary>A company submitted or changed its pre-registration.</summary>
    public const string Submit = "registration.submit";

    /// <summary>A company read its pre-registration.</summary>
    public const string View = "registration.view";

    /// <summary>One batch of the cutover committed.</summary>
    public const string CutoverBatch = "registration.cutover_batch";

    /// <summary>Every action.</summary>
    public static IReadOnlyList<string> All { get; } = [ImportLegacyAccounts, LegacySignIn, Submit, View, CutoverBatch];
}
