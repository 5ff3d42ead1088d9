using System.Collections.Immutable;

namespace Accounts.Storage;

/// <summary>
/// Describes one kind of stored aggregate: its stable name, its snapshot type, the unique keys
/// a store enforces across all aggregates of the kind, and the groups it can be listed by.
/// </summary>
/// <remarks>
/// Adapters read descriptors to store any aggregate without knowing it in advance: the
/// in-memory adapter stores every kind, a database adapter stores the kinds it maps and says
/// so through <see cref="StorageAdapter"/>.
/// </remarks>
public abstract class AggregateType
{
    private static int _created;

    private protected AggregateType(string name, Type snapshotType, ImmutableArray<UniqueKey> uniqueKeys, ImmutableArray<GroupIndex> groups)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Ordinal = Interlocked.Increment(ref _created) - 1;
        Name = name;
        SnapshotType = snapshotType;
        UniqueKeys = uniqueKeys;
        Groups = groups;
        if (uniqueKeys.Select(k => k.Name).Concat(groups.Select(g => g.Name)).Distinct(StringComparer.Ordinal).Count() != uniqueKeys.Length + groups.Length)
        {
            throw new ArgumentException($"The keys and groups of the {name} aggregate need distinct names.", nameof(uniqueKeys));
        }
    }

    /// <summary>The stable name, for example <c>member</c>; adapters may use it as a table name.</summary>
    public string Name { get; }

    /// <summary>
    /// A small number unique to this kind within the process (0, 1, 2, …), so an adapter can keep
    /// its tables in an array. Not stable across processes: never store it.
    /// </summary>
    public int Ordinal { get; }

    /// <summary>The snapshot type.</summary>
    public Type SnapshotType { get; }

    /// <summary>The keys whose values are unique across all aggregates of this kind.</summary>
    public ImmutableArray<UniqueKey> UniqueKeys { get; }

    /// <summary>The groups aggregates of this kind are listed by.</summary>
    public ImmutableArray<GroupIndex> Groups { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
