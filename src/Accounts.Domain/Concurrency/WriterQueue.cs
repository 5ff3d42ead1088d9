namespace Accounts.Concurrency;

/// <summary>
/// Lines up, one at a time and in arrival order, the use cases of this process that met a
/// commit conflict on the same aggregate, and the writers that come while a line exists.
/// Without it every writer of a contended organization retries at once and most lose again: a
/// burst of invitations into one organization ran out of attempts and answered
/// <c>concurrency.conflict</c> to people whose invitation was merely late. While no line
/// exists nobody waits, so an uncontended request costs one look-up more.
/// </summary>
/// <remarks>
/// The queue orders the writers of one process. Writers in other processes (a web farm on one
/// database) still meet conflicts, each process's queue sending one writer at a time; the
/// pipeline's bounded retries absorb those. A turn is held through the use case's decision, so
/// a decision never runs another use case through the pipeline (shared work takes the same
/// run, as the <c>…WithinAsync</c> methods do): a nested run for the same organization would
/// wait for the turn its caller holds.
/// </remarks>
internal sealed class WriterQueue
{
    private readonly Dictionary<Guid, Line> _lines = [];
    private readonly Lock _gate = new();
    private int _count;

    /// <summary>Whether writers of the aggregate are waiting or writing in line.</summary>
    /// <param name="aggregateId">The aggregate.</param>
    public bool HasLine(Guid aggregateId)
    {
        if (Volatile.Read(ref _count) == 0)
        {
            return false;
        }

        lock (_gate)
        {
            return _lines.ContainsKey(aggregateId);
        }
    }

    /// <summary>Waits until this writer is first in the aggregate's line.</summary>
    /// <param name="aggregateId">The aggregate the conflict was on.</param>
    /// <param name="cancellationToken">Stops waiting; the writer leaves the line.</param>
    /// <returns>The turn; dispose it to let the next writer in.</returns>
    public async ValueTask<Turn> WaitForTurnAsync(Guid aggregateId, CancellationToken cancellationToken)
    {
        Line line;
        lock (_gate)
        {
            if (!_lines.TryGetValue(aggregateId, out line!))
            {
                _lines[aggregateId] = line = new Line();
                Volatile.Write(ref _count, _lines.Count);
            }

            line.Writers++;
        }

        try
        {
            await line.First.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(aggregateId, line, hadTurn: false);
            throw;
        }

        return new Turn(this, aggregateId, line);
    }

    /// <summary>How many aggregates have writers waiting or writing: lines are dropped once empty, so this stays small.</summary>
    internal int Lines
    {
        get
        {
            lock (_gate)
            {
                return _lines.Count;
            }
        }
    }

    private void Leave(Guid aggregateId, Line line, bool hadTurn)
    {
        lock (_gate)
        {
            if (hadTurn)
            {
                line.First.Release();
            }

            if (--line.Writers == 0)
            {
                _lines.Remove(aggregateId);
                Volatile.Write(ref _count, _lines.Count);
                line.First.Dispose();
            }
        }
    }

    /// <summary>A writer's turn at the head of a line.</summary>
    internal readonly struct Turn : IDisposable
    {
        private readonly WriterQueue? _queue;
        private readonly Guid _aggregateId;
        private readonly Line? _line;

        public Turn(WriterQueue queue, Guid aggregateId, Line line) => (_queue, _aggregateId, _line) = (queue, aggregateId, line);

        /// <summary>Lets the next writer of the line in.</summary>
        public void Dispose() => _queue?.Leave(_aggregateId, _line!, hadTurn: true);
    }

    /// <summary>The writers of one aggregate: the semaphore admits one, and releases waiters in the order they came.</summary>
    internal sealed class Line
    {
        public SemaphoreSlim First { get; } = new(1, 1);

        public int Writers { get; set; }
    }
}
