using Accounts.Storage;

namespace Accounts.Registration;

/// <summary>Typed reads of legacy accounts, pre-registrations and cutover checkpoints.</summary>
public static class RegistrationQueries
{
    /// <summary>Finds a legacy account by its login.</summary>
    /// <param name="store">The store.</param>
    /// <param name="loginId">The legacy login.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static ValueTask<LegacyAccountSnapshot?> FindLegacyAccountByLoginAsync(this IAggregateStore store, string loginId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(loginId);
        return store.FindByKeyAsync(LegacyAccountSnapshot.LoginKey, loginId, cancellationToken);
    }

    /// <summary>Finds a legacy account.</summary>
    /// <param name="store">The store.</param>
    /// <param name="id">The legacy account.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static ValueTask<LegacyAccountSnapshot?> FindLegacyAccountAsync(this IAggregateStore store, LegacyAccountId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.FindAsync<LegacyAccountSnapshot>(id.Value, cancellationToken);
    }

    /// <summary>Finds the pre-registration a legacy account submitted.</summary>
    /// <param name="store">The store.</param>
    /// <param name="legacyAccountId">The company's legacy account.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static ValueTask<PreRegistrationSnapshot?> FindPreRegistrationOfAsync(this IAggregateStore store, LegacyAccountId legacyAccountId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.FindByKeyAsync(PreRegistrationSnapshot.LegacyAccountKey, legacyAccountId.ToString(), cancellationToken);
    }

    /// <summary>Lists legacy accounts in login order.</summary>
    /// <param name="store">The store.</param>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static ValueTask<Page<LegacyAccountSnapshot>> ListLegacyAccountsAsync(this IAggregateStore store, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ListAsync(LegacyAccountSnapshot.All, LegacyAccountSnapshot.EveryAccount, offset, limit, cancellationToken);
    }

    /// <summary>Lists pre-registrations in the order the cutover works through them.</summary>
    /// <param name="store">The store.</param>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static ValueTask<Page<PreRegistrationSnapshot>> ListPreRegistrationsAsync(this IAggregateStore store, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ListAsync(PreRegistrationSnapshot.All, PreRegistrationSnapshot.EveryPreRegistration, offset, limit, cancellationToken);
    }

    /// <summary>Reads every legacy account in login order, as one stream.</summary>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static IAsyncEnumerable<LegacyAccountSnapshot> ReadLegacyAccountsAsync(this IAggregateStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ReadGroupAsync(LegacyAccountSnapshot.All, LegacyAccountSnapshot.EveryAccount, cancellationToken);
    }

    /// <summary>Reads every pre-registration in the order the cutover works through them, as one stream.</summary>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static IAsyncEnumerable<PreRegistrationSnapshot> ReadPreRegistrationsAsync(this IAggregateStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ReadGroupAsync(PreRegistrationSnapshot.All, PreRegistrationSnapshot.EveryPreRegistration, cancellationToken);
    }
}
