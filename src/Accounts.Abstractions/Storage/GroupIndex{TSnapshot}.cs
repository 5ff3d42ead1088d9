namespace Accounts.Storage;

/// <summary>A group of one kind of aggregate: the parent each belongs to and the order they are listed in.</summary>
/// <typeparam name="TSnapshot">The snapshot type.</typeparam>
public sealed class GroupIndex<TSnapshot> : GroupIndex
    where TSnapshot : class, IAggregateSnapshot<TSnapshot>
{
    private readonly Func<TSnapshot, Guid?> _group;
    private readonly Func<TSnapshot, string> _sortKey;

    /// <summary>Creates a group.</summary>
    /// <param name="name">The stable name, for example <c>member.organization</c>.</param>
    /// <param name="group">Reads the parent's identifier; <see langword="null"/> when the snapshot belongs to no group.</param>
    /// <param name="sortKey">Reads the value pages are ordered by (ordinal comparison, then identifier).</param>
    public GroupIndex(string name, Func<TSnapshot, Guid?> group, Func<TSnapshot, string> sortKey)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(sortKey);
        _group = group;
        _sortKey = sortKey;
    }

    /// <summary>The parent a snapshot belongs to, if any.</summary>
    /// <param name="snapshot">The snapshot.</param>
    public Guid? GroupOf(TSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return _group(snapshot);
    }

    /// <summary>The value a snapshot is ordered by within its group.</summary>
    /// <param name="snapshot">The snapshot.</param>
    public string SortKeyOf(TSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return _sortKey(snapshot);
    }
}
