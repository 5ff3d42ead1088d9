using System.Collections.Immutable;
using System.Data.Common;
using Accounts.EntityFrameworkCore.Mappings;
using Accounts.EntityFrameworkCore.Rows;
using Accounts.Notifications;
using Accounts.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Accounts.EntityFrameworkCore;

/// <summary>
/// Commits change sets with EF Core: one transaction, each update and delete as
/// <c>UPDATE … WHERE id = … AND version = n</c>, unique indexes for every unique key, and the
/// database's refusals read back as typed conflicts and duplicates.
/// </summary>
/// <typeparam name="TContext">The context holding the library's tables.</typeparam>
/// <remarks>
/// A failure before the commit is sent rolls everything back and throws
/// <see cref="AccountsDatabaseException"/> with <see cref="CommitOutcome.NotWritten"/>;
/// cancellation rolls back and throws <see cref="OperationCanceledException"/>. Once the commit
/// is sent it is never cancelled, so its answer is not thrown away; if the answer is lost, the
/// exception says <see cref="CommitOutcome.Unknown"/>.
/// </remarks>
public sealed class EntityFrameworkUnitOfWork<TContext> : IUnitOfWork, IBulkUnitOfWork
    where TContext : DbContext
{
    private readonly IDbContextFactory<TContext> _contexts;
    private readonly IAccountsDatabaseDialect _dialect;

    /// <summary>Creates the unit of work.</summary>
    /// <param name="contexts">Creates a context per commit.</param>
    /// <param name="dialect">The database's dialect.</param>
    public EntityFrameworkUnitOfWork(IDbContextFactory<TContext> contexts, IAccountsDatabaseDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(dialect);
        _contexts = contexts;
        _dialect = dialect;
    }

    /// <inheritdoc />
    public ValueTask<CommitResult> CommitAsync(ChangeSet changes, CancellationToken cancellationToken) =>
        CommitWithAsync(changes, StageAndSaveAsync, cancellationToken);

    /// <summary>
    /// Commits a batch with the guarantees of <see cref="CommitAsync(ChangeSet, CancellationToken)"/>: updates, deletes and
    /// checks first through Entity Framework Core (so a cutover's checkpoint is locked before any
    /// row is copied), then every insert, mail message and audit entry by the dialect's bulk
    /// insert, table by table, in the same transaction.
    /// </summary>
    /// <param name="batch">The writes, mail and audit entries of one batch.</param>
    /// <param name="cancellationToken">Cancels the commit; a cancelled batch is rolled back.</param>
    public ValueTask<CommitResult> CommitBatchAsync(ChangeSet batch, CancellationToken cancellationToken) =>
        CommitWithAsync(batch, (context, stager, changes, token) => BulkStageAndSaveAsync(context, stager, changes, _dialect, token), cancellationToken);

    private async ValueTask<CommitResult> CommitWithAsync(ChangeSet changes, Func<DbContext, WriteStager, ChangeSet, CancellationToken, Task> stageAndSave, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var write in changes.Writes)
        {
            if (AccountsModel.MappingOf(write.Type) is null)
            {
                throw new NotSupportedException($"The Entity Framework Core adapter does not store '{write.Type.Name}' aggregates; nothing of the change set was written.");
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (changes.IsEmpty)
        {
            return CommitResult.Committed;
        }

        var context = await _contexts.CreateAccountsContextAsync(cancellationToken).ConfigureAwait(false);
        await using var disposeContext = context.ConfigureAwait(false);
        var stager = new WriteStager(context);

        // The whole commit is one transaction; savepoints around each save would only add round trips.
        context.Database.AutoSavepointsEnabled = false;
        var transaction = await BeginAsync(context, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            try
            {
                await stageAndSave(context, stager, changes, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException stale)
            {
                await RollBackAsync(transaction).ConfigureAwait(false);
                return ConflictOf(stale, stager);
            }
            catch (Exception failure) when (!cancellationToken.IsCancellationRequested && ProviderError(failure) is { } provider)
            {
                await RollBackAsync(transaction).ConfigureAwait(false);
                var refusal = _dialect.Classify(provider);
                switch (refusal.Kind)
                {
                    case DatabaseFailureKind.Contention:
                        return ConflictOf(failure, stager);
                    case DatabaseFailureKind.UniqueViolation or DatabaseFailureKind.PrimaryKeyViolation:
                        context.ChangeTracker.Clear();
                        return await RefusalOfAsync(context, refusal, stager.Staged, changes.Mail, cancellationToken).ConfigureAwait(false);
                    default:
                        throw new AccountsDatabaseException(
                            $"The change set was not written: {_dialect.Name} failed before the commit ({provider.GetType().Name}: {provider.Message}). Nothing of it is stored; the use case can be tried again.",
                            CommitOutcome.NotWritten,
                            failure);
                }
            }
            catch
            {
                await RollBackAsync(transaction).ConfigureAwait(false);
                throw;
            }

            return await CommitAsync(transaction, stager).ConfigureAwait(false);
        }
    }

    private static async Task StageAndSaveAsync(DbContext context, WriteStager stager, ChangeSet changes, CancellationToken cancellationToken)
    {
        await StageAsync(context, stager, changes.Writes, cancellationToken).ConfigureAwait(false);
        foreach (var message in changes.Mail)
        {
            context.Add(OutboxMessageMapping.ToRow(message));
        }

        foreach (var entry in changes.Audit)
        {
            context.Add(AuditEntryMapping.ToRow(entry));
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task BulkStageAndSaveAsync(DbContext context, WriteStager stager, ChangeSet changes, IAccountsDatabaseDialect dialect, CancellationToken cancellationToken)
    {
        var inserts = new BulkInsertCollector();
        foreach (var write in changes.Writes)
        {
            if (write.Kind == WriteKind.Insert)
            {
                write.Dispatch(inserts);
            }
        }

        await StageAsync(context, stager, changes.Writes.Where(static w => w.Kind != WriteKind.Insert), cancellationToken).ConfigureAwait(false);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        context.ChangeTracker.Clear();
        stager.Staged.AddRange(inserts.Staged);
        foreach (var message in changes.Mail)
        {
            inserts.Add(OutboxMessageMapping.ToRow(message));
        }

        foreach (var entry in changes.Audit)
        {
            inserts.Add(AuditEntryMapping.ToRow(entry));
        }

        foreach (var (rowType, rows) in inserts.Tables)
        {
            var table = context.Model.FindEntityType(rowType) ?? throw new InvalidOperationException($"The context does not map {rowType.Name}.");
            if (!await dialect.TryBulkInsertAsync(context, table, rows, cancellationToken).ConfigureAwait(false))
            {
                context.AddRange(rows);
            }
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    // Saves what is staged before a write that touches it again, or that may take a value an
    // earlier update or delete in the set gives up: the database checks keys row by row.
    private static async Task StageAsync(DbContext context, WriteStager stager, IEnumerable<AggregateWrite> writes, CancellationToken cancellationToken)
    {
        foreach (var write in writes)
        {
            if (stager.MustSaveBefore(write))
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                context.ChangeTracker.Clear();
                stager.Saved();
            }

            write.Dispatch(stager);
        }
    }

    private static async Task RollBackAsync(IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is DbException or InvalidOperationException)
        {
            // A connection that is gone cannot roll back, and needs not: the database drops the transaction with it.
        }
    }

    /// <summary>The database's own exception behind a failed save: EF Core wraps it in a <see cref="DbUpdateException"/>, and a provider's execution strategy may wrap that again.</summary>
    private static DbException? ProviderError(Exception failure)
    {
        for (var exception = failure; exception is not null; exception = exception.InnerException)
        {
            if (exception is DbException provider)
            {
                return provider;
            }
        }

        return null;
    }

    private static CommitResult ConflictOf(Exception failure, WriteStager stager)
    {
        var update = failure as DbUpdateException ?? failure.InnerException as DbUpdateException;
        foreach (var entry in update?.Entries ?? [])
        {
            if (entry.Entity is IAggregateRow row && AccountsModel.MappingOf(entry.Metadata.ClrType) is { } mapping)
            {
                return CommitResult.Conflict(mapping.Type, row.Id);
            }

            if (entry.Entity is OutboxMessageRow message)
            {
                return CommitResult.Conflict(CommitResult.OutboxMessageAggregate, message.Id);
            }
        }

        return stager.Staged.Count > 0
            ? CommitResult.Conflict(stager.Staged[0].Mapping.Type, stager.Staged[0].Id)
            : throw new AccountsDatabaseException("The change set was not written: the database was too busy to take it. Nothing of it is stored; try again.", CommitOutcome.NotWritten, failure);
    }

    /// <summary>
    /// Which identifier or unique value the database refused, read back after the rollback:
    /// PostgreSQL names the index, SQLite does not, and neither gives the value in a form to rely on.
    /// </summary>
    private static async Task<CommitResult> RefusalOfAsync(DbContext context, DatabaseFailure failure, List<StagedWrite> staged, ImmutableArray<OutboxMessage> mail, CancellationToken cancellationToken)
    {
        var prefix = context.Model.TablePrefix();
        var namedKey = failure.ConstraintName is { } name ? AccountsModel.Mappings.Select(m => m.KeyOfIndex(name, prefix)).FirstOrDefault(k => k is not null) : null;
        var namedMail = failure.ConstraintName == OutboxIdIndex(prefix);
        var mayBeIdentifier = failure.Kind == DatabaseFailureKind.PrimaryKeyViolation || (namedKey is null && !namedMail);
        var mayBeValue = failure.Kind == DatabaseFailureKind.UniqueViolation && !namedMail;

        if (mayBeIdentifier && await TakenIdentifierAsync(context, staged, cancellationToken).ConfigureAwait(false) is { } conflict)
        {
            return conflict;
        }

        if (mayBeValue && await TakenValueAsync(context, staged, namedKey, cancellationToken).ConfigureAwait(false) is { } duplicate)
        {
            return duplicate;
        }

        if (!mail.IsDefaultOrEmpty && await RepeatedMailAsync(context, mail, cancellationToken).ConfigureAwait(false) is { } repeated)
        {
            return repeated;
        }

        // The holder is gone again by now: the refusal stands, reported as a conflict on what was written first.
        if (namedKey is not null && staged.SelectMany(w => w.KeyValues).FirstOrDefault(pair => pair.Key == namedKey) is { Key: not null } taken)
        {
            return CommitResult.Duplicate(taken.Key, taken.Value);
        }

        return staged.Count > 0
            ? CommitResult.Conflict(staged[0].Mapping.Type, staged[0].Id)
            : CommitResult.Conflict(CommitResult.OutboxMessageAggregate, mail[0].Id.Value);
    }

    private static async Task<CommitResult?> TakenIdentifierAsync(DbContext context, IReadOnlyList<StagedWrite> staged, CancellationToken cancellationToken)
    {
        foreach (var inserts in staged.Where(w => w.Kind == WriteKind.Insert).GroupBy(w => w.Mapping))
        {
            var ids = inserts.Select(w => w.Id).ToList();
            if (ids.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                return CommitResult.Conflict(inserts.Key.Type, twice.Key);
            }

            var existing = await inserts.Key.ExistingAsync(context, ids, cancellationToken).ConfigureAwait(false);
            if (existing.Count > 0)
            {
                return CommitResult.Conflict(inserts.Key.Type, existing[0]);
            }
        }

        return null;
    }

    private static async Task<CommitResult?> TakenValueAsync(DbContext context, IReadOnlyList<StagedWrite> staged, Storage.UniqueKey? namedKey, CancellationToken cancellationToken)
    {
        foreach (var writes in staged.GroupBy(w => w.Mapping))
        {
            // Aggregates updated or deleted in the change set give up the values they hold now.
            var replaced = writes.Where(w => w.Kind is WriteKind.Update or WriteKind.Delete).Select(w => w.Id).ToHashSet();
            var claims = writes.SelectMany(w => w.KeyValues.Select(pair => (pair.Key, pair.Value, w.Id))).Where(c => namedKey is null || c.Key == namedKey).ToList();
            foreach (var byKey in claims.GroupBy(c => c.Key))
            {
                if (byKey.GroupBy(c => c.Value, StringComparer.Ordinal).FirstOrDefault(g => g.Select(c => c.Id).Distinct().Count() > 1) is { } twice)
                {
                    return CommitResult.Duplicate(byKey.Key, twice.Key);
                }

                var holders = await writes.Key.HoldersAsync(context, byKey.Key, [.. byKey.Select(c => c.Value)], cancellationToken).ConfigureAwait(false);
                foreach (var (value, holder) in holders)
                {
                    if (!replaced.Contains(holder) && byKey.Any(c => c.Value == value && c.Id != holder))
                    {
                        return CommitResult.Duplicate(byKey.Key, value);
                    }
                }
            }
        }

        return null;
    }

    private static async Task<CommitResult?> RepeatedMailAsync(DbContext context, ImmutableArray<OutboxMessage> mail, CancellationToken cancellationToken)
    {
        var ids = mail.Select(m => m.Id.Value).ToList();
        if (ids.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return CommitResult.Conflict(CommitResult.OutboxMessageAggregate, twice.Key);
        }

        var existing = await context.Set<OutboxMessageRow>().AsNoTracking().Where(row => ids.Contains(row.Id)).Select(row => row.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return existing == Guid.Empty ? null : CommitResult.Conflict(CommitResult.OutboxMessageAggregate, existing);
    }

    private static string OutboxIdIndex(string prefix) => $"ux_{prefix}outbox_messages_id";

    private async Task<IDbContextTransaction> BeginAsync(DbContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested && ProviderError(failure) is { } provider)
        {
            throw new AccountsDatabaseException(
                $"The change set was not written: no transaction could be started on {_dialect.Name} ({provider.GetType().Name}: {provider.Message}). Nothing of it is stored; the use case can be tried again.",
                CommitOutcome.NotWritten,
                failure);
        }
    }

    private async Task<CommitResult> CommitAsync(IDbContextTransaction transaction, WriteStager stager)
    {
        try
        {
            // Never cancelled: once sent, the answer is what tells the caller what happened.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return CommitResult.Committed;
        }
        catch (DbException failure) when (_dialect.Classify(failure).Kind == DatabaseFailureKind.Contention && stager.Staged.Count > 0)
        {
            return CommitResult.Conflict(stager.Staged[0].Mapping.Type, stager.Staged[0].Id);
        }
        catch (Exception failure) when (failure is DbException or InvalidOperationException or IOException or TimeoutException)
        {
            throw new AccountsDatabaseException(
                $"The answer to the commit was lost ({failure.GetBaseException().GetType().Name}): {_dialect.Name} stored the whole change set, mail included, or none of it. Read the aggregates before trying again.",
                CommitOutcome.Unknown,
                failure);
        }
    }
}
