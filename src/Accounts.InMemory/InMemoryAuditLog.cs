using Accounts.Auditing;

namespace Accounts.InMemory;

/// <summary>The in-memory <see cref="IAuditLog"/>.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly InMemoryDatabase _database;

    /// <summary>Creates the log over a database.</summary>
    /// <param name="database">The shared in-memory database.</param>
    public InMemoryAuditLog(InMemoryDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        _database.Append(entry);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<AuditEntry>>(_database.Query(query));
    }
}
