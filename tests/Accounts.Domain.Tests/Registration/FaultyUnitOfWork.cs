using Accounts.Storage;

namespace Accounts.Domain.Tests.Registration;

/// <summary>A unit of work that fails at random: before a commit (nothing written), or after it (written, but the answer lost).</summary>
internal sealed class FaultyUnitOfWork(IUnitOfWork inner, Random random, double failureRate) : IUnitOfWork, IBulkUnitOfWork
{
    public int Failures { get; private set; }

    public ValueTask<CommitResult> CommitAsync(ChangeSet changes, CancellationToken cancellationToken) => CommitBatchAsync(changes, cancellationToken);

    public async ValueTask<CommitResult> CommitBatchAsync(ChangeSet batch, CancellationToken cancellationToken)
    {
        if (random.NextDouble() < failureRate)
        {
            Failures++;
            throw new IOException("The connection broke before the commit.");
        }

        var result = await inner.CommitAsync(batch, cancellationToken);
        if (random.NextDouble() < failureRate)
        {
            Failures++;
            throw new IOException("The connection broke after the commit; its answer is lost.");
        }

        return result;
    }
}
