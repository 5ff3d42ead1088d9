namespace Accounts.Storage;

/// <summary>Saves the writes of one use case atomically, with optimistic concurrency and uniqueness.</summary>
/// <remarks>
/// <para>The contract every adapter honours (the in-memory adapter is the reference):</para>
/// <list type="bullet">
/// <item>All or nothing: when any check fails, nothing of the change set is written.</item>
/// <item>A snapshot with version 0 is inserted; its identifier must be new.</item>
/// <item>A snapshot with version <c>n</c> &gt; 0 replaces the stored one only when the stored
/// version is <c>n</c>; the stored version becomes <c>n + 1</c>. Otherwise: <see cref="CommitStatus.Conflict"/>.</item>
/// <item>A deletion succeeds only at the expected version.</item>
/// <item>One account per normalized e-mail address, one organization per code, across the
/// portal. Otherwise: <see cref="CommitStatus.Duplicate"/>.</item>
/// <item>Outbox messages and audit entries are written with the state change, never without it.
/// An outbox message whose identifier was written before is a <see cref="CommitStatus.Conflict"/>.</item>
/// </list>
/// </remarks>
public interface IUnitOfWork
{
    /// <summary>Writes the change set atomically, or nothing.</summary>
    /// <param name="changes">What to write.</param>
    /// <param name="cancellationToken">Cancels the call before anything is written.</param>
    ValueTask<CommitResult> CommitAsync(ChangeSet changes, CancellationToken cancellationToken);
}
