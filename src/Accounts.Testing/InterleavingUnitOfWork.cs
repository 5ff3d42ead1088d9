using Accounts.Storage;

namespace Accounts.Testing;

/// <summary>
/// Wraps a store's unit of work and gives the other tasks their turn between a use case's reads
/// and its commit, as the round trip to a database does. An in-memory store answers at once,
/// so without this, concurrent requests rarely overlap and a concurrency test proves nothing;
/// with it they read the same versions and conflict. Counts what the store answered, so that a
/// test can show it provoked the conflicts it claims to survive.
/// </summary>
public sealed class InterleavingUnitOfWork : IUnitOfWork, IBulkUnitOfWork
{
    private readonly IUnitOfWork _inner;
    private int _commits;
    private int _conflicts;
    private int _duplicates;

    /// <summary>Creates the wrapper.</summary>
    /// <param name="inner">The store's own unit of work.</param>
    public InterleavingUnitOfWork(IUnitOfWork inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <summary>How many change sets the store wrote.</summary>
    public int Commits => Volatile.Read(ref _commits);

    /// <summary>How many change sets the store refused because an aggregate changed since it was read.</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    /// <summary>How many change sets the store refused because a unique value was taken since it was looked up, such as the same serial of a user ID drawn twice.</summary>
    public int Duplicates => Volatile.Read(ref _duplicates);

    /// <inheritdoc />
    public ValueTask<CommitResult> CommitAsync(ChangeSet changes, CancellationToken cancellationToken) =>
        CommitAfterOthersAsync(changes, bulk: false, cancellationToken);

    /// <inheritdoc />
    public ValueTask<CommitResult> CommitBatchAsync(ChangeSet batch, CancellationToken cancellationToken) =>
        CommitAfterOthersAsync(batch, bulk: true, cancellationToken);

    private async ValueTask<CommitResult> CommitAfterOthersAsync(ChangeSet changes, bool bulk, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var result = bulk && _inner is IBulkUnitOfWork bulkWriter
            ? await bulkWriter.CommitBatchAsync(changes, cancellationToken).ConfigureAwait(false)
            : await _inner.CommitAsync(changes, cancellationToken).ConfigureAwait(false);
        if (result.IsCommitted)
        {
            Interlocked.Increment(ref _commits);
        }
        else if (result.Status == CommitStatus.Conflict)
        {
            Interlocked.Increment(ref _conflicts);
        }
        else if (result.Status == CommitStatus.Duplicate)
        {
            Interlocked.Increment(ref _duplicates);
        }

        return result;
    }
}
