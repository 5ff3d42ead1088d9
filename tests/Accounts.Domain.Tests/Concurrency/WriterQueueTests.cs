using Accounts.Concurrency;

namespace Accounts.Domain.Tests.Concurrency;

public sealed class WriterQueueTests
{
    private static readonly Guid Organization = Guid.NewGuid();

    [Fact]
    public async Task WritersOfOneAggregate_TakeTurnsInTheOrderTheyCame()
    {
        var queue = new WriterQueue();
        var first = await queue.WaitForTurnAsync(Organization, default);
        var waiting = Enumerable.Range(0, 5).Select(_ => queue.WaitForTurnAsync(Organization, default).AsTask()).ToList();

        Assert.All(waiting, turn => Assert.False(turn.IsCompleted));
        var leaving = first;
        for (var i = 0; i < waiting.Count; i++)
        {
            leaving.Dispose();

            // Waiters resume on the thread pool; the wait bounds a hang, it measures nothing.
            leaving = await waiting[i].WaitAsync(TimeSpan.FromSeconds(30));
            Assert.All(waiting.Skip(i + 1), turn => Assert.False(turn.IsCompleted));
        }

        leaving.Dispose();
        Assert.Equal(0, queue.Lines);
    }

    [Fact]
    public async Task ALine_ExistsWhileWritersWaitOrWrite_AndIsGoneAfterwards()
    {
        var queue = new WriterQueue();
        Assert.False(queue.HasLine(Organization));

        var turn = await queue.WaitForTurnAsync(Organization, default);
        Assert.True(queue.HasLine(Organization));
        Assert.False(queue.HasLine(Guid.NewGuid()));

        turn.Dispose();
        Assert.False(queue.HasLine(Organization));
    }

    [Fact]
    public async Task WritersOfDifferentAggregates_DoNotWaitForEachOther()
    {
        var queue = new WriterQueue();
        using var one = await queue.WaitForTurnAsync(Organization, default);

        var other = queue.WaitForTurnAsync(Guid.NewGuid(), default);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
        Assert.Equal(1, queue.Lines);
    }

    [Fact]
    public async Task AWriterThatStopsWaiting_LeavesTheLine_AndTheNextOneGetsItsTurn()
    {
        var queue = new WriterQueue();
        var first = await queue.WaitForTurnAsync(Organization, default);
        using var cancellation = new CancellationTokenSource();
        var impatient = queue.WaitForTurnAsync(Organization, cancellation.Token).AsTask();
        var patient = queue.WaitForTurnAsync(Organization, default).AsTask();

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        first.Dispose();
        (await patient).Dispose();

        Assert.Equal(0, queue.Lines);
    }

    [Fact]
    public void TheDefaultTurn_ReleasesNothing()
    {
        var queue = new WriterQueue();

        default(WriterQueue.Turn).Dispose();

        Assert.Equal(0, queue.Lines);
    }
}
