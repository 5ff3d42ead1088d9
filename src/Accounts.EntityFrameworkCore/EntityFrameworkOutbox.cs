using Accounts.EntityFrameworkCore.Mappings;
using Accounts.EntityFrameworkCore.Rows;
using Accounts.Notifications;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Accounts.EntityFrameworkCore;

/// <summary>
/// The outbox on a database: claims lease the oldest due rows to one dispatcher in a single
/// statement (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL), marks are conditional updates that
/// only the lease holder's can match, and a partial index over pending rows keeps claims fast
/// however many sent rows pile up.
/// </summary>
/// <typeparam name="TContext">The context holding the library's tables.</typeparam>
public sealed class EntityFrameworkOutbox<TContext> : IOutbox
    where TContext : DbContext
{
    private static readonly string Pending = nameof(OutboxStatus.Pending);
    private static readonly string Sent = nameof(OutboxStatus.Sent);
    private static readonly string Abandoned = nameof(OutboxStatus.Abandoned);

    private readonly IDbContextFactory<TContext> _contexts;
    private readonly IAccountsDatabaseDialect _dialect;

    /// <summary>Creates the outbox.</summary>
    /// <param name="contexts">Creates a context per call.</param>
    /// <param name="dialect">The database's dialect, which words the claim.</param>
    public EntityFrameworkOutbox(IDbContextFactory<TContext> contexts, IAccountsDatabaseDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(dialect);
        _contexts = contexts;
        _dialect = dialect;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<OutboxMessage>> ClaimAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var context = await _contexts.CreateAccountsContextAsync(cancellationToken).ConfigureAwait(false);
        await using var disposeContext = context.ConfigureAwait(false);
        var sql = _dialect.ClaimOutboxSql(context.DelimitedTable<OutboxMessageRow>());
        var rows = await context.Set<OutboxMessageRow>()
            .FromSqlRaw(sql, claim.Claimant, Timestamps.ToColumn(claim.LeaseExpiresAt), Timestamps.ToColumn(claim.Now), claim.MaxCount)
            .AsNoTracking()
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        // RETURNING gives rows in no promised order.
        rows.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        return [.. rows.Select(OutboxMessageMapping.ToMessage)];
    }

    /// <inheritdoc />
    public async ValueTask<bool> MarkSentAsync(OutboxMessageId id, string claimant, Instant sentAt, CancellationToken cancellationToken) =>
        await MarkSentAsync([id], claimant, sentAt, cancellationToken).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public async ValueTask<int> MarkSentAsync(IReadOnlyCollection<OutboxMessageId> ids, string claimant, Instant sentAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentException.ThrowIfNullOrWhiteSpace(claimant);
        if (ids.Count == 0)
        {
            return 0;
        }

        var values = ids.Select(id => id.Value).ToArray();
        var at = Timestamps.ToColumn(sentAt);
        var context = await _contexts.CreateAccountsContextAsync(cancellationToken).ConfigureAwait(false);
        await using var disposeContext = context.ConfigureAwait(false);
        return await context.Set<OutboxMessageRow>()
            .Where(row => values.Contains(row.Id) && row.Status == Pending && row.ClaimedBy == claimant)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(row => row.Status, Sent)
                    .SetProperty(row => row.SentAt, at)
                    .SetProperty(row => row.ClaimExpiresAt, (DateTime?)null)
                    .SetProperty(row => row.Secrets, (string?)null),
                cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> MarkFailedAsync(OutboxMessageId id, string claimant, OutboxFailure failure, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimant);
        ArgumentNullException.ThrowIfNull(failure);
        var retryAt = Timestamps.ToColumn(failure.RetryAt);
        var reason = failure.Reason;
        var context = await _contexts.CreateAccountsContextAsync(cancellationToken).ConfigureAwait(false);
        await using var disposeContext = context.ConfigureAwait(false);
        var held = Held(context, id, claimant);
        var marked = retryAt is null
            ? await held.ExecuteUpdateAsync(
                set => set
                    .SetProperty(row => row.Status, Abandoned)
                    .SetProperty(row => row.Attempts, row => row.Attempts + 1)
                    .SetProperty(row => row.LastError, reason)
                    .SetProperty(row => row.NextAttemptAt, (DateTime?)null)
                    .SetProperty(row => row.ClaimedBy, (string?)null)
                    .SetProperty(row => row.ClaimExpiresAt, (DateTime?)null)
                    .SetProperty(row => row.Secrets, (string?)null),
                cancellationToken).ConfigureAwait(false)
            : await held.ExecuteUpdateAsync(
                set => set
                    .SetProperty(row => row.Attempts, row => row.Attempts + 1)
                    .SetProperty(row => row.LastError, reason)
                    .SetProperty(row => row.NextAttemptAt, retryAt)
                    .SetProperty(row => row.ClaimedBy, (string?)null)
                    .SetProperty(row => row.ClaimExpiresAt, (DateTime?)null),
                cancellationToken).ConfigureAwait(false);
        return marked == 1;
    }

    /// <inheritdoc />
    public async ValueTask<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken)
    {
        var context = await _contexts.CreateAccountsContextAsync(cancellationToken).ConfigureAwait(false);
        await using var disposeContext = context.ConfigureAwait(false);
        var pending = context.Set<OutboxMessageRow>().AsNoTracking().Where(row => row.Status == Pending);
        var count = await pending.CountAsync(cancellationToken).ConfigureAwait(false);
        if (count == 0)
        {
            return new OutboxBacklog(0, null);
        }

        var oldest = await pending.OrderBy(row => row.Sequence).Select(row => (DateTime?)row.CreatedAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return new OutboxBacklog(count, Timestamps.FromColumn(oldest));
    }

    private static IQueryable<OutboxMessageRow> Held(DbContext context, OutboxMessageId id, string claimant) =>
        context.Set<OutboxMessageRow>().Where(row => row.Id == id.Value && row.Status == Pending && row.ClaimedBy == claimant);
}
