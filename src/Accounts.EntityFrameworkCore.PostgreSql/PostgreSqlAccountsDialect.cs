using Npgsql;

namespace Accounts.EntityFrameworkCore.PostgreSql;

/// <summary>
/// PostgreSQL's dialect: errors read by SQLSTATE and constraint name, listings ordered with the
/// <c>"C"</c> collation (code points, whatever the database's locale), and outbox claims with
/// <c>FOR UPDATE SKIP LOCKED</c> so dispatchers never wait on each other.
/// </summary>
public sealed class PostgreSqlAccountsDialect : IAccountsDatabaseDialect
{
    // https://www.postgresql.org/docs/current/errcodes-appendix.html
    private const string UniqueViolation = "23505";
    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";
    private const string LockNotAvailable = "55P03";

    private PostgreSqlAccountsDialect()
    {
    }

    /// <summary>The one instance.</summary>
    public static PostgreSqlAccountsDialect Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "PostgreSQL";

    /// <inheritdoc />
    public string? OrdinalCollation => "C";

    /// <inheritdoc />
    public DatabaseFailure Classify(Exception exception) => exception switch
    {
        PostgresException { SqlState: UniqueViolation } unique => new DatabaseFailure(DatabaseFailureKind.UniqueViolation, unique.ConstraintName),
        PostgresException { SqlState: SerializationFailure or DeadlockDetected or LockNotAvailable } => new DatabaseFailure(DatabaseFailureKind.Contention),
        _ => DatabaseFailure.Other,
    };

    /// <inheritdoc />
    public string ClaimOutboxSql(string table)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        return $$"""
            UPDATE {{table}} AS claimed SET claimed_by = {0}, claim_expires_at = {1}
            FROM (
                SELECT sequence FROM {{table}}
                WHERE status = 'Pending'
                  AND (next_attempt_at IS NULL OR next_attempt_at <= {2})
                  AND (claimed_by IS NULL OR claim_expires_at <= {2})
                ORDER BY sequence
                LIMIT {3}
                FOR UPDATE SKIP LOCKED) AS due
            WHERE claimed.sequence = due.sequence
            RETURNING claimed.*
            """;
    }
}
