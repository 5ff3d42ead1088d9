using System.Collections.Frozen;

namespace Accounts.Storage;

/// <summary>
/// What a storage adapter declares about itself: its name and the kinds of aggregate it stores.
/// An adapter registers one; <c>AddAccounts</c> checks at start-up that it stores every kind
/// the enabled features need.
/// </summary>
public sealed class StorageAdapter
{
    private readonly FrozenSet<string>? _storedTypes;

    private StorageAdapter(string name, FrozenSet<string>? storedTypes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _storedTypes = storedTypes;
    }

    /// <summary>The adapter's name for messages, for example <c>in-memory</c>.</summary>
    public string Name { get; }

    /// <summary>An adapter that stores every kind of aggregate, such as the in-memory reference adapter.</summary>
    /// <param name="name">The adapter's name.</param>
    public static StorageAdapter ForAnyAggregate(string name) => new(name, null);

    /// <summary>An adapter that stores the given kinds of aggregate.</summary>
    /// <param name="name">The adapter's name.</param>
    /// <param name="storedTypes">The kinds it maps.</param>
    public static StorageAdapter For(string name, IEnumerable<AggregateType> storedTypes)
    {
        ArgumentNullException.ThrowIfNull(storedTypes);
        return new(name, storedTypes.Select(t => t.Name).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Whether the adapter stores a kind of aggregate.</summary>
    /// <param name="type">The kind.</param>
    public bool Stores(AggregateType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return _storedTypes is null || _storedTypes.Contains(type.Name);
    }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
