using Microsoft.Data.Sqlite;

namespace Accounts.EntityFrameworkCore.Sqlite;

/// <summary>
/// SQLite's dialect: errors read by their extended result codes, text ordered by the default
/// <c>BINARY</c> collation (code points), and outbox claims as one
/// <c>UPDATE … RETURNING</c> under SQLite's single writer lock.
/// </summary>
public sealed class SqliteAccountsDialect : IAccountsDatabaseDialect
{
    // https://www.sqlite.org/rescode.html
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ConstraintUnique = 2067;
    private const int ConstraintPrimaryKey = 1555;

    private SqliteAccountsDialect()
    {
    }

    /// <summary>The one instance.</summary>
    public static SqliteAccountsDialect Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "SQLite";

    /// <inheritdoc />
    public string? OrdinalCollation => null;

    /// <inheritdoc />
    public DatabaseFailure Classify(Exception exception) => exception switch
    {
        SqliteException { SqliteExtendedErrorCode: ConstraintUnique } => new DatabaseFailure(DatabaseFailureKind.UniqueViolation),
        SqliteException { SqliteExtendedErrorCode: ConstraintPrimaryKey } => new DatabaseFailure(DatabaseFailureKind.PrimaryKeyViolation),
        SqliteException { SqliteErrorCode: Busy or Locked } => new DatabaseFailure(DatabaseFailureKind.Contention),
        _ => DatabaseFailure.Other,
    };

    /// <inheritdoc />
    public string ClaimOutboxSql(string table)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        return $$"""
            UPDATE {{table}} SET claimed_by = {0}, claim_expires_at = {1}
            WHERE sequence IN (
                SELECT sequence FROM {{table}}
                WHERE status = 'Pending'
                  AND (next_attempt_at IS NULL OR next_attempt_at <= {2})
                  AND (claimed_by IS NULL OR claim_expires_at <= {2})
                ORDER BY sequence
                LIMIT {3})
            RETURNING *
            """;
    }
}
