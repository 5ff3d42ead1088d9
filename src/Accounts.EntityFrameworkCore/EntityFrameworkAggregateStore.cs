using System.Runtime.CompilerServices;
using Accounts.EntityFrameworkCore.Mappings;
using Accounts.Storage;
using Microsoft.EntityFrameworkCore;

namespace Accounts.EntityFrameworkCore;

/// <summary>Reads aggregates with EF Core: a short-lived context per call, no tracking.</summary>
/// <typeparam name="TContext">The context holding the library's tables.</typeparam>
public sealed class EntityFrameworkAggregateStore<TContext> : IAggregateStore
    where TContext : DbContext
{
    private readonly IDbContextFactory<TContext> _contexts;
    private readonly IAccountsDatabaseDialect _dialect;

    /// <summary>Creates the store.</summary>
    /// <param name="contexts">Creates a context per call.</param>
    /// <param name="dialect">The database's dialect, which orders listings ordinally.</param>
    public EntityFrameworkAggregateStore(IDbContextFactory<TContext> contexts, IAccountsDatabaseDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(dialect);
        _contexts = contexts;
        _dialect = dialect;
    }

    /// <inheritdoc />
    public async ValueTask<TSnapshot?> FindAsync<TSnapshot>(Guid id, CancellationToken cancellationToken)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        var mapping = Mapping<TSnapshot>();
        var context = await _contexts.CreateAccountsContextAsync(cancellationToken).ConfigureAwait(false);
        await using var disposeContext = context.ConfigureAwait(false);
        return await mapping.FindAsync(context, id, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<TSnapshot?> FindByKeyAsync<TSnapshot>(UniqueKey<TSnapshot> key, string value, CancellationToken cancellationToken)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var mapping = Mapping<TSnapshot>();
        var context = await _contexts.CreateAccountsContextAsync(cancellationToken).ConfigureAwait(false);
        await using var disposeContext = context.ConfigureAwait(false);
        return await mapping.FindByKeyAsync(context, key, value, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<Page<TSnapshot>> ListAsync<TSnapshot>(GroupIndex<TSnapshot> group, Guid groupId, int offset, int limit, CancellationToken cancellationToken)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var mapping = Mapping<TSnapshot>();
        var context = await _contexts.CreateAccountsContextAsync(cancellationToken).ConfigureAwait(false);
        await using var disposeContext = context.ConfigureAwait(false);
        return await mapping.ListAsync(context, group, groupId, offset, limit, _dialect.OrdinalCollation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the whole group with one ordered query, streamed row by row, instead of a query per page that skips every row before it.</summary>
    /// <inheritdoc />
    public async IAsyncEnumerable<TSnapshot> ReadGroupAsync<TSnapshot>(GroupIndex<TSnapshot> group, Guid groupId, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        ArgumentNullException.ThrowIfNull(group);
        var mapping = Mapping<TSnapshot>();
        var context = await _contexts.CreateAccountsContextAsync(cancellationToken).ConfigureAwait(false);
        await using var disposeContext = context.ConfigureAwait(false);
        await foreach (var snapshot in mapping.ReadGroupAsync(context, group, groupId, _dialect.OrdinalCollation, cancellationToken).ConfigureAwait(false))
        {
            yield return snapshot;
        }
    }

    private static ISnapshotMapping<TSnapshot> Mapping<TSnapshot>()
        where TSnapshot : class, IAggregateSnapshot<TSnapshot> =>
        AccountsModel.MappingOf(TSnapshot.Aggregate) as ISnapshotMapping<TSnapshot>
        ?? throw new NotSupportedException($"The Entity Framework Core adapter does not store '{TSnapshot.Aggregate.Name}' aggregates.");
}
