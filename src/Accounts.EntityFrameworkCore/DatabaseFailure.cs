namespace Accounts.EntityFrameworkCore;

/// <summary>A database error as a dialect reads it from the provider's exception: by error code and constraint name, never by message text.</summary>
/// <param name="Kind">What it means to a commit.</param>
/// <param name="ConstraintName">The constraint or index, when the database names it (PostgreSQL does, SQLite does not).</param>
public readonly record struct DatabaseFailure(DatabaseFailureKind Kind, string? ConstraintName = null)
{
    /// <summary>An error the dialect does not know.</summary>
    public static DatabaseFailure Other { get; } = new(DatabaseFailureKind.Other);
}
