namespace Accounts.Storage;

/// <summary>
/// The bulk write path: commits a large change set — thousands of inserts with their mail — with
/// exactly the guarantees of <see cref="IUnitOfWork.CommitAsync"/> (all or nothing, unique keys,
/// expected versions), by the fastest means the store has (on PostgreSQL, binary <c>COPY</c>).
/// A cutover commits one batch per call; an adapter without a faster means commits the batch as
/// one ordinary change set.
/// </summary>
public interface IBulkUnitOfWork
{
    /// <summary>Commits the batch, or nothing of it.</summary>
    /// <param name="batch">The writes, mail and audit entries of one batch.</param>
    /// <param name="cancellationToken">Cancels the commit; a cancelled batch is not written.</param>
    /// <returns>Committed, or the first conflict or taken key, as <see cref="IUnitOfWork.CommitAsync"/> reports them.</returns>
    ValueTask<CommitResult> CommitBatchAsync(ChangeSet batch, CancellationToken cancellationToken);
}
