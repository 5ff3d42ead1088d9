namespace Accounts.Storage;

/// <summary>
/// One write of a <see cref="ChangeSet"/>: insert, update, delete or check one aggregate of
/// any kind, at the version read.
/// </summary>
/// <remarks>
/// Writes apply in the order of the change set, each seeing the ones before it: a change set
/// may delete an aggregate and insert another that takes over its unique key.
/// </remarks>
public abstract class AggregateWrite
{
    private protected AggregateWrite(WriteKind kind) => Kind = kind;

    /// <summary>Insert, update, delete or check.</summary>
    public WriteKind Kind { get; }

    /// <summary>The aggregate's identifier.</summary>
    public abstract Guid Id { get; }

    /// <summary>The version the aggregate must still have: 0 for an insert.</summary>
    public abstract long ExpectedVersion { get; }

    /// <summary>The kind of aggregate written.</summary>
    public abstract AggregateType Type { get; }

    /// <summary>Inserts a new aggregate; the snapshot's version must be 0.</summary>
    /// <typeparam name="TSnapshot">The snapshot type.</typeparam>
    /// <param name="snapshot">The new aggregate.</param>
    /// <exception cref="ArgumentException">The snapshot was read from a store (its version is not 0).</exception>
    public static AggregateWrite<TSnapshot> Insert<TSnapshot>(TSnapshot snapshot)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Version == 0
            ? new AggregateWrite<TSnapshot>(WriteKind.Insert, snapshot)
            : throw new ArgumentException($"Only a new {TSnapshot.Aggregate.Name} (version 0) can be inserted; this one is at version {snapshot.Version}.", nameof(snapshot));
    }

    /// <summary>Replaces an aggregate read at the snapshot's version.</summary>
    /// <typeparam name="TSnapshot">The snapshot type.</typeparam>
    /// <param name="snapshot">The new state, carrying the version it was read at.</param>
    /// <exception cref="ArgumentException">The snapshot was never stored (its version is 0).</exception>
    public static AggregateWrite<TSnapshot> Update<TSnapshot>(TSnapshot snapshot)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot> => Read(WriteKind.Update, snapshot);

    /// <summary>Inserts the snapshot when its version is 0, and updates it otherwise.</summary>
    /// <typeparam name="TSnapshot">The snapshot type.</typeparam>
    /// <param name="snapshot">The state to save.</param>
    public static AggregateWrite<TSnapshot> Save<TSnapshot>(TSnapshot snapshot)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Version == 0 ? Insert(snapshot) : Update(snapshot);
    }

    /// <summary>Removes an aggregate read at the snapshot's version.</summary>
    /// <typeparam name="TSnapshot">The snapshot type.</typeparam>
    /// <param name="snapshot">The aggregate as read.</param>
    public static AggregateWrite<TSnapshot> Delete<TSnapshot>(TSnapshot snapshot)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot> => Read(WriteKind.Delete, snapshot);

    /// <summary>Writes nothing, but makes the change set fail when the aggregate changed since it was read at the snapshot's version.</summary>
    /// <typeparam name="TSnapshot">The snapshot type.</typeparam>
    /// <param name="snapshot">The aggregate as read.</param>
    public static AggregateWrite<TSnapshot> Check<TSnapshot>(TSnapshot snapshot)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot> => Read(WriteKind.Check, snapshot);

    /// <summary>Hands the typed write to an adapter's handler.</summary>
    /// <param name="handler">The adapter's handler.</param>
    public abstract void Dispatch(IAggregateWriteHandler handler);

    /// <summary>Describes the write without its content.</summary>
    public override string ToString() => $"{Kind} {Type.Name} {Id} at version {ExpectedVersion}";

    private static AggregateWrite<TSnapshot> Read<TSnapshot>(WriteKind kind, TSnapshot snapshot)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Version >= 1
            ? new AggregateWrite<TSnapshot>(kind, snapshot)
            : throw new ArgumentException($"A {kind} names the version the {TSnapshot.Aggregate.Name} was read at; this snapshot was never stored (version 0).", nameof(snapshot));
    }
}
