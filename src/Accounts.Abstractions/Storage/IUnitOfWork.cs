namespace Accounts.Storage;

/// <summary>Saves the writes of one use case atomically, with optimistic concurrency and uniqueness.</summary>
/// <remarks>
/// <para>The contract every adapter honours; the conformance kit (<c>Accounts.Storage.Conformance</c>)
/// proves it, and the in-memory adapter is the reference:</para>
/// <list type="bullet">
/// <item>All or nothing: when any check fails, nothing of the change set is written, mail and
/// audit included. A database adapter uses one transaction.</item>
/// <item>Writes apply in order, each seeing the ones before it.</item>
/// <item>An insert needs a new identifier; otherwise <see cref="CommitStatus.Conflict"/>.</item>
/// <item>An update, delete or check needs the stored version to be the expected one; an update
/// stores version <c>n + 1</c>. Otherwise <see cref="CommitStatus.Conflict"/>.</item>
/// <item>Every unique key of the aggregate's <see cref="AggregateType"/> holds across all
/// aggregates of the kind; otherwise <see cref="CommitStatus.Duplicate"/> with the key and value.</item>
/// <item>An outbox message whose identifier was written before is a <see cref="CommitStatus.Conflict"/>
/// on <see cref="CommitResult.OutboxMessageAggregate"/>.</item>
/// <item>A write of a kind of aggregate the adapter does not store throws
/// <see cref="NotSupportedException"/>: nothing is ever silently dropped.</item>
/// <item>Cancellation before the commit writes nothing; an adapter never leaves part of a change set behind.</item>
/// </list>
/// </remarks>
public interface IUnitOfWork
{
    /// <summary>Writes the change set atomically, or nothing.</summary>
    /// <param name="changes">What to write.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is written then.</param>
    /// <exception cref="NotSupportedException">The change set writes a kind of aggregate the adapter does not store.</exception>
    ValueTask<CommitResult> CommitAsync(ChangeSet changes, CancellationToken cancellationToken);
}
