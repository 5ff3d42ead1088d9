namespace Accounts.Storage;

/// <summary>
/// The stored state of an aggregate: an immutable snapshot that a store loads and saves whole,
/// with the version it was read at.
/// </summary>
/// <remarks>
/// Every snapshot type names its <see cref="AggregateType{TSnapshot}"/>: how it is identified,
/// versioned and kept unique. A new aggregate adds a snapshot type and its descriptor; the
/// storage port itself does not change.
/// </remarks>
/// <typeparam name="TSelf">The snapshot type itself.</typeparam>
public interface IAggregateSnapshot<TSelf>
    where TSelf : class, IAggregateSnapshot<TSelf>
{
    /// <summary>What kind of aggregate the snapshot belongs to: its name, identifier, unique keys and groups.</summary>
    static abstract AggregateType<TSelf> Aggregate { get; }

    /// <summary>The version the snapshot was read at; 0 for an aggregate not saved yet.</summary>
    long Version { get; }
}
