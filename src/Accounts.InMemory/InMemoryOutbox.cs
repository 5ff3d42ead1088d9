using Accounts.Notifications;
using NodaTime;

namespace Accounts.InMemory;

/// <summary>The in-memory <see cref="IOutbox"/>.</summary>
public sealed class InMemoryOutbox : IOutbox
{
    private readonly InMemoryDatabase _database;

    /// <summary>Creates the outbox over a database.</summary>
    /// <param name="database">The shared in-memory database.</param>
    public InMemoryOutbox(InMemoryDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<OutboxMessage>> ListPendingAsync(int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<OutboxMessage>>(_database.PendingMessages(maxCount));
    }

    /// <inheritdoc />
    public ValueTask MarkSentAsync(OutboxMessageId id, Instant sentAt, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _database.MarkSent(id, sentAt);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask MarkFailedAsync(OutboxMessageId id, Instant failedAt, string reason, bool abandon, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        cancellationToken.ThrowIfCancellationRequested();
        _database.MarkFailed(id, reason, abandon);
        return ValueTask.CompletedTask;
    }
}
