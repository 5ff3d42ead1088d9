using Accounts.Storage;
using NodaTime;

namespace Accounts.Registration;

/// <summary>
/// A shared login of the system a portal migrates from (現行アカウント): one per company, or one a
/// company granted to someone of another company. The portal imports them before the campaign;
/// the legacy system keeps checking their passwords, and the library decides whether they may
/// still sign in and whether they may pre-register.
/// </summary>
public sealed record LegacyAccountSnapshot : IAggregateSnapshot<LegacyAccountSnapshot>
{
    /// <summary>The group every legacy account is listed in, by login.</summary>
    public static Guid EveryAccount { get; } = new("6c6567ac-7900-4000-8000-000000000001");

    /// <summary>The legacy login: unique.</summary>
    public static UniqueKey<LegacyAccountSnapshot> LoginKey { get; } = new("legacy_account.login", static a => a.LoginId);

    /// <summary>Every legacy account (group <see cref="EveryAccount"/>), in login order.</summary>
    public static GroupIndex<LegacyAccountSnapshot> All { get; } = new("legacy_account.all", static _ => EveryAccount, static a => a.LoginId);

    /// <summary>The <c>legacy_account</c> aggregate.</summary>
    public static AggregateType<LegacyAccountSnapshot> Aggregate { get; } = new(
        "legacy_account",
        static a => a.Id.Value,
        static (a, version) => a with { Version = version },
        [LoginKey],
        [All]);

    /// <summary>The identifier, derived from the login by the import.</summary>
    public required LegacyAccountId Id { get; init; }

    /// <summary>The login the company's people share today.</summary>
    public required string LoginId { get; init; }

    /// <summary>The company's name as the legacy system knows it.</summary>
    public required string CompanyName { get; init; }

    /// <summary>
    /// The company account that granted this one to a person of another company; <see langword="null"/>
    /// for a company's own account. A granted account cannot pre-register the company.
    /// </summary>
    public LegacyAccountId? GrantedBy { get; init; }

    /// <summary>When the portal imported the account.</summary>
    public required Instant ImportedAt { get; init; }

    /// <inheritdoc />
    public long Version { get; init; }
}
