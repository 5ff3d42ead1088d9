namespace Accounts.Storage;

/// <summary>What an <see cref="AggregateWrite"/> does.</summary>
public enum WriteKind
{
    /// <summary>Adds a new aggregate; its identifier must be new and its unique keys free.</summary>
    Insert = 1,

    /// <summary>Replaces the aggregate, provided it is still at the version read.</summary>
    Update = 2,

    /// <summary>Removes the aggregate, provided it is still at the version read; its unique keys become free.</summary>
    Delete = 3,

    /// <summary>Writes nothing, but refuses the change set when the aggregate changed since it was read.</summary>
    Check = 4,
}
