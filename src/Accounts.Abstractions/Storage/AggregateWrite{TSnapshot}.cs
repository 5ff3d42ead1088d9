namespace Accounts.Storage;

/// <summary>One write of one kind of aggregate.</summary>
/// <typeparam name="TSnapshot">The snapshot type.</typeparam>
public sealed class AggregateWrite<TSnapshot> : AggregateWrite
    where TSnapshot : class, IAggregateSnapshot<TSnapshot>
{
    // Read once per snapshot type: a static abstract member costs a lookup each time in shared generic code.
    private static readonly AggregateType<TSnapshot> Descriptor = TSnapshot.Aggregate;

    internal AggregateWrite(WriteKind kind, TSnapshot snapshot)
        : base(kind)
    {
        _ = Descriptor.IdOf(snapshot);
        Snapshot = snapshot;
    }

    /// <summary>The new state for an insert or update; the state as read for a delete or check.</summary>
    public TSnapshot Snapshot { get; }

    /// <inheritdoc />
    public override Guid Id => Descriptor.IdOf(Snapshot);

    /// <inheritdoc />
    public override long ExpectedVersion => Kind == WriteKind.Insert ? 0 : Snapshot.Version;

    /// <inheritdoc />
    public override AggregateType Type => Descriptor;

    /// <inheritdoc />
    public override void Dispatch(IAggregateWriteHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler.Handle(this);
    }
}
