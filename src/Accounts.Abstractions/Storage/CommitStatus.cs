namespace Accounts.Storage;

/// <summary>What happened to a <see cref="ChangeSet"/>.</summary>
public enum CommitStatus
{
    /// <summary>Everything was written.</summary>
    Committed = 1,

    /// <summary>Nothing was written: an aggregate changed since it was read, or a new one's identifier exists already.</summary>
    Conflict = 2,

    /// <summary>Nothing was written: the value of a unique key is taken.</summary>
    Duplicate = 3,
}
