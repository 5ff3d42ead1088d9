using Accounts.Storage;

namespace Accounts.Domain.Tests.UseCases;

/// <summary>A unit of work that answers a concurrency conflict to its first commits, as if another request had just changed the account, then commits through the real one.</summary>
/// <param name="inner">The real unit of work.</param>
/// <param name="conflicts">How many commits conflict first.</param>
internal sealed class ConflictingFirstUnitOfWork(IUnitOfWork inner, int conflicts) : IUnitOfWork
{
    private int _conflicts = conflicts;

    public int Attempts { get; private set; }

    /// <summary>Starts counting again: the next <paramref name="conflicts"/> commits conflict.</summary>
    public void Reset(int conflicts) => (Attempts, _conflicts) = (0, conflicts);

    public ValueTask<CommitResult> CommitAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        Attempts++;
        return Attempts <= _conflicts
            ? ValueTask.FromResult(CommitResult.Conflict("member", Guid.NewGuid()))
            : inner.CommitAsync(changes, cancellationToken);
    }
}
