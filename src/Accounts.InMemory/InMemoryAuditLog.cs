using Accounts.Auditing;

namespace Accounts.InMemory;

/// <summary>The in-memory <see cref="IAuditLog"/>: an append-only list whose positions are the sequences.</summary>
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
    public ValueTask<AuditPage> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.Query(query));
    }
}
