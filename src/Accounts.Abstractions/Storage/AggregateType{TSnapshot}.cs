using System.Collections.Immutable;

namespace Accounts.Storage;

/// <summary>Describes one kind of stored aggregate, typed by its snapshot.</summary>
/// <typeparam name="TSnapshot">The snapshot type.</typeparam>
public sealed class AggregateType<TSnapshot> : AggregateType
    where TSnapshot : class, IAggregateSnapshot<TSnapshot>
{
    private readonly Func<TSnapshot, Guid> _id;
    private readonly Func<TSnapshot, long, TSnapshot> _withVersion;

    /// <summary>Creates a descriptor.</summary>
    /// <param name="name">The stable name, for example <c>member</c>.</param>
    /// <param name="id">Reads the identifier of a snapshot; never <see cref="Guid.Empty"/>.</param>
    /// <param name="withVersion">Returns the snapshot at another version, as a store hands it out after saving.</param>
    /// <param name="uniqueKeys">The keys a store keeps unique.</param>
    /// <param name="groups">The groups aggregates can be listed by.</param>
    public AggregateType(
        string name,
        Func<TSnapshot, Guid> id,
        Func<TSnapshot, long, TSnapshot> withVersion,
        ImmutableArray<UniqueKey<TSnapshot>> uniqueKeys = default,
        ImmutableArray<GroupIndex<TSnapshot>> groups = default)
        : base(name, typeof(TSnapshot), uniqueKeys.IsDefault ? [] : [.. uniqueKeys], groups.IsDefault ? [] : [.. groups])
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(withVersion);
        _id = id;
        _withVersion = withVersion;
        TypedUniqueKeys = uniqueKeys.IsDefault ? [] : uniqueKeys;
        TypedGroups = groups.IsDefault ? [] : groups;
    }

    /// <summary>The unique keys, typed.</summary>
    public ImmutableArray<UniqueKey<TSnapshot>> TypedUniqueKeys { get; }

    /// <summary>The groups, typed.</summary>
    public ImmutableArray<GroupIndex<TSnapshot>> TypedGroups { get; }

    /// <summary>The identifier of a snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="ArgumentException">The snapshot has the empty identifier.</exception>
    public Guid IdOf(TSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var id = _id(snapshot);
        return id == Guid.Empty ? throw new ArgumentException($"A {Name} snapshot has the empty identifier.", nameof(snapshot)) : id;
    }

    /// <summary>The snapshot at another version.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="version">The version.</param>
    public TSnapshot WithVersion(TSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        return _withVersion(snapshot, version);
    }
}
