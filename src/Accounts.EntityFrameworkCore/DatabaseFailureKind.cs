namespace Accounts.EntityFrameworkCore;

/// <summary>What a database error means to a commit.</summary>
public enum DatabaseFailureKind
{
    /// <summary>Anything else: the commit reports it as an <see cref="AccountsDatabaseException"/>.</summary>
    Other = 0,

    /// <summary>A unique index refused a value: a duplicate.</summary>
    UniqueViolation = 1,

    /// <summary>A primary key refused an identifier: a conflict.</summary>
    PrimaryKeyViolation = 2,

    /// <summary>A deadlock, a serialization failure or a database too busy to take the write: a conflict the use case may retry.</summary>
    Contention = 3,
}
