namespace Accounts.InMemory;

/// <summary>The rows of one kind of aggregate; every member is called under the database's lock.</summary>
internal abstract class InMemoryTable
{
    public abstract int Count { get; }

    /// <summary>Puts back the row an applied write replaced: <paramref name="previous"/> is the earlier snapshot, or <see langword="null"/> when there was none.</summary>
    public abstract void Restore(Guid id, object? previous);
}
