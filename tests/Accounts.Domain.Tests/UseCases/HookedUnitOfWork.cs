using Accounts.Storage;

namespace Accounts.Domain.Tests.UseCases;

/// <summary>A unit of work that lets something else happen just before its first commit, as another request would between a use case's read and its commit.</summary>
/// <param name="inner">The real unit of work.</param>
/// <param name="beforeFirstCommit">What happens meanwhile.</param>
internal sealed class HookedUnitOfWork(IUnitOfWork inner, Func<Task> beforeFirstCommit) : IUnitOfWork
{
    public int Attempts { get; private set; }

    public async ValueTask<CommitResult> CommitAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        if (++Attempts == 1)
        {
            await beforeFirstCommit();
        }

        return await inner.CommitAsync(changes, cancellationToken);
    }
}
