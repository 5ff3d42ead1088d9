using Accounts.Storage;

namespace Accounts.Testing;

/// <summary>
/// Wraps a store's unit of work and breaks the connection where the test says: before a commit
/// (nothing is written) or after it (everything is written, but the answer is lost), as a
/// database that fails mid-operation does. For tests proving that a use case run again after any failure
/// leaves nothing missing and nothing doubled. Batches go through the wrapped store's bulk write
/// path when it has one.
/// </summary>
public sealed class UnreliableUnitOfWork : IUnitOfWork, IBulkUnitOfWork
{
    private readonly IUnitOfWork _inner;
    private readonly Func<bool> _breaksNow;
    private readonly Lock _gate = new();
    private int _failures;
    private int _failuresAfterCommit;

    /// <summary>Creates the wrapper.</summary>
    /// <param name="inner">The store's own unit of work.</param>
    /// <param name="breaksNow">
    /// Asked before and after every commit whether the connection breaks there, for example a
    /// seeded random draw so that a failing run can be replayed. Called under a lock.
    /// </param>
    public UnreliableUnitOfWork(IUnitOfWork inner, Func<bool> breaksNow)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(breaksNow);
        (_inner, _breaksNow) = (inner, breaksNow);
    }

    /// <summary>How many failures were injected: a test checks it is not zero, or it proved nothing.</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>How many of the failures came after the commit had written everything.</summary>
    public int FailuresAfterCommit => Volatile.Read(ref _failuresAfterCommit);

    /// <inheritdoc />
    public ValueTask<CommitResult> CommitAsync(ChangeSet changes, CancellationToken cancellationToken) =>
        CommitWithFailuresAsync(changes, bulk: false, cancellationToken);

    /// <inheritdoc />
    public ValueTask<CommitResult> CommitBatchAsync(ChangeSet batch, CancellationToken cancellationToken) =>
        CommitWithFailuresAsync(batch, bulk: true, cancellationToken);

    private async ValueTask<CommitResult> CommitWithFailuresAsync(ChangeSet changes, bool bulk, CancellationToken cancellationToken)
    {
        if (Fails())
        {
            Interlocked.Increment(ref _failures);
            throw new IOException("The connection broke before the commit.");
        }

        var result = bulk && _inner is IBulkUnitOfWork bulkWriter
            ? await bulkWriter.CommitBatchAsync(changes, cancellationToken).ConfigureAwait(false)
            : await _inner.CommitAsync(changes, cancellationToken).ConfigureAwait(false);
        if (Fails())
        {
            Interlocked.Increment(ref _failures);
            Interlocked.Increment(ref _failuresAfterCommit);
            throw new IOException("The connection broke after the commit; its answer is lost.");
        }

        return result;
    }

    private bool Fails()
    {
        lock (_gate)
        {
            return _breaksNow();
        }
    }
}
