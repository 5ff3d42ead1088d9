namespace Accounts.Storage;

/// <summary>An adapter's handling of writes, called with each write's snapshot type so no reflection is needed.</summary>
public interface IAggregateWriteHandler
{
    /// <summary>Handles one write.</summary>
    /// <typeparam name="TSnapshot">The snapshot type.</typeparam>
    /// <param name="write">The write.</param>
    void Handle<TSnapshot>(AggregateWrite<TSnapshot> write)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>;
}
