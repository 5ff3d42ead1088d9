using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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

    /// <summary>Copies the rows in with binary <c>COPY … FROM STDIN</c> on the context's connection, inside its transaction.</summary>
    /// <param name="context">The context, its connection open and its transaction begun.</param>
    /// <param name="table">The table's entity type.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    public async Task<bool> TryBulkInsertAsync(DbContext context, IEntityType table, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return true;
        }

        var name = table.GetTableName() ?? throw new InvalidOperationException($"{table.DisplayName()} has no table.");
        var storeObject = StoreObjectIdentifier.Table(name, table.GetSchema());

        // Identity columns (the outbox's and the audit trail's sequence) are left to the database.
        var columns = table.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never)
            .Select(p => (Property: p, Column: p.GetColumnName(storeObject)!, Type: StoreTypeOf(p), Converter: p.GetTypeMapping().Converter, Getter: p.GetGetter()))
            .ToList();
        var target = table.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(name)}" : Quote(name);
        var command = $"COPY {target} ({string.Join(", ", columns.Select(c => Quote(c.Column)))}) FROM STDIN (FORMAT BINARY)";
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        var importer = await connection.BeginBinaryImportAsync(command, cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                foreach (var column in columns)
                {
                    var value = column.Getter.GetClrValue(row);
                    if (value is not null && column.Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    if (value is null)
                    {
                        await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await importer.WriteAsync(value, column.Type, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // COPY names types without their modifiers: character varying(254) is written as character varying.
    private static string StoreTypeOf(IProperty property)
    {
        var type = property.GetColumnType();
        var modifier = type.IndexOf('(', StringComparison.Ordinal);
        return modifier < 0 ? type : type[..modifier].TrimEnd();
    }
}
