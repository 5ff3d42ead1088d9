using Accounts.Storage;

namespace Accounts.InMemory;

/// <summary>The rows of one kind of aggregate; every member is called under the database's lock.</summary>
internal abstract class InMemoryTable
{
    public abstract AggregateType Type { get; }

    public abstract int Count { get; }

    /// <summary>Checks and applies one write of this table's kind.</summary>
    /// <param name="write">The write; its <see cref="AggregateWrite.Type"/> is this table's.</param>
    /// <param name="id">The aggregate's identifier.</param>
    /// <param name="previous">The row it replaced, for <see cref="Restore"/>.</param>
    /// <param name="applied">Whether a row changed (a check changes none).</param>
    /// <returns>The refusal, or <see langword="null"/> when the write applied.</returns>
    public abstract CommitResult? Apply(AggregateWrite write, out Guid id, out object? previous, out bool applied);

    /// <summary>Puts back the row an applied write replaced: <paramref name="previous"/> is the earlier snapshot, or <see langword="null"/> when there was none.</summary>
    public abstract void Restore(Guid id, object? previous);
}
