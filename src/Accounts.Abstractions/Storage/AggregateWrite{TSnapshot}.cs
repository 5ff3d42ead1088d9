namespace Accounts.Storage;

/// <summary>One write of one kind of aggregate.</summary>
/// <typeparam name="TSnapshot">The snapshot type.</typeparam>
public sealed class AggregateWrite<TSnapshot> : AggregateWrite
    where TSnapshot : class, IAggregateSnapshot<TSnapshot>
{
    internal AggregateWrite(WriteKind kind, TSnapshot snapshot)
        : base(kind, TSnapshot.Aggregate.IdOf(snapshot), kind == WriteKind.Insert ? 0 : snapshot.Version) => Snapshot = snapshot;

    /// <summary>The new state for an insert or update; the state as read for a delete or check.</summary>
    public TSnapshot Snapshot { get; }

    /// <inheritdoc />
    public override AggregateType Type => TSnapshot.Aggregate;

    /// <inheritdoc />
    public override void Dispatch(IAggregateWriteHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler.Handle(this);
    }
}
