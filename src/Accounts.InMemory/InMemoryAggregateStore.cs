using Accounts.Storage;

namespace Accounts.InMemory;

/// <summary>The in-memory <see cref="IAggregateStore"/>: reads any kind of aggregate.</summary>
public sealed class InMemoryAggregateStore : IAggregateStore
{
    private readonly InMemoryDatabase _database;

    /// <summary>Creates the store over a database.</summary>
    /// <param name="database">The shared in-memory database.</param>
    public InMemoryAggregateStore(InMemoryDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public ValueTask<TSnapshot?> FindAsync<TSnapshot>(Guid id, CancellationToken cancellationToken)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.Find<TSnapshot>(id));
    }

    /// <inheritdoc />
    public ValueTask<TSnapshot?> FindByKeyAsync<TSnapshot>(UniqueKey<TSnapshot> key, string value, CancellationToken cancellationToken)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.FindByKey(key, value));
    }

    /// <inheritdoc />
    public ValueTask<Page<TSnapshot>> ListAsync<TSnapshot>(GroupIndex<TSnapshot> group, Guid groupId, int offset, int limit, CancellationToken cancellationToken)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.List(group, groupId, offset, limit));
    }
}
