using Accounts.Notifications;
using NodaTime;

namespace Accounts.InMemory;

/// <summary>The in-memory <see cref="IOutbox"/>: claims with leases, marks once, erases secrets.</summary>
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
    public ValueTask<IReadOnlyList<OutboxMessage>> ClaimAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<OutboxMessage>>(_database.Claim(claim));
    }

    /// <inheritdoc />
    public ValueTask<bool> MarkSentAsync(OutboxMessageId id, string claimant, Instant sentAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimant);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.MarkSent(id, claimant, sentAt));
    }

    /// <inheritdoc />
    public ValueTask<bool> MarkFailedAsync(OutboxMessageId id, string claimant, OutboxFailure failure, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimant);
        ArgumentNullException.ThrowIfNull(failure);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.MarkFailed(id, claimant, failure));
    }

    /// <inheritdoc />
    public ValueTask<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_database.Backlog());
    }
}
