using Accounts.Storage;

namespace Accounts.InMemory;

/// <summary>The in-memory <see cref="IUnitOfWork"/>: checks and writes a change set under the database's lock.</summary>
public sealed class InMemoryUnitOfWork : IUnitOfWork, IBulkUnitOfWork
{
    private readonly InMemoryDatabase _database;

    /// <summary>Creates the unit of work over a database.</summary>
    /// <param name="database">The shared in-memory database.</param>
    public InMemoryUnitOfWork(InMemoryDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public ValueTask<CommitResult> CommitAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.Commit(changes));
    }

    /// <summary>Commits a batch exactly as <see cref="CommitAsync"/> does: under the one lock, there is nothing faster.</summary>
    /// <param name="batch">The writes, mail and audit entries of one batch.</param>
    /// <param name="cancellationToken">Cancels the commit before it starts.</param>
    public ValueTask<CommitResult> CommitBatchAsync(ChangeSet batch, CancellationToken cancellationToken) => CommitAsync(batch, cancellationToken);
}
