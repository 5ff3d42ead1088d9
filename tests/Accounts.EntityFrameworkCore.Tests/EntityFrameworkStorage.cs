using Accounts.Auditing;
using Accounts.EntityFrameworkCore.Rows;
using Accounts.Notifications;
using Accounts.Storage;
using Accounts.Storage.Conformance;
using Microsoft.EntityFrameworkCore;

namespace Accounts.EntityFrameworkCore.Tests;

/// <summary>Every port of the adapter over one database, as the conformance kit sees them.</summary>
public sealed class EntityFrameworkStorage : IConformanceStorage
{
    private readonly Func<ValueTask> _dispose;

    public EntityFrameworkStorage(IDbContextFactory<AccountsDbContext> contexts, IAccountsDatabaseDialect dialect, Func<ValueTask>? dispose = null)
    {
        Contexts = contexts;
        _dispose = dispose ?? (() => ValueTask.CompletedTask);
        Adapter = StorageAdapter.For($"entity-framework-core ({dialect.Name})", AccountsModel.StoredTypes);
        Store = new EntityFrameworkAggregateStore<AccountsDbContext>(contexts, dialect);
        UnitOfWork = new EntityFrameworkUnitOfWork<AccountsDbContext>(contexts, dialect);
        Outbox = new EntityFrameworkOutbox<AccountsDbContext>(contexts, dialect);
        AuditLog = new EntityFrameworkAuditLog<AccountsDbContext>(contexts);
    }

    public IDbContextFactory<AccountsDbContext> Contexts { get; }

    public StorageAdapter Adapter { get; }

    public IAggregateStore Store { get; }

    public IUnitOfWork UnitOfWork { get; }

    public IOutbox Outbox { get; }

    public IAuditLog AuditLog { get; }

    /// <summary>How many secret values the message's row still holds.</summary>
    public async Task<int> SecretValuesAsync(OutboxMessageId id)
    {
        await using var context = await Contexts.CreateDbContextAsync();
        var row = await context.Set<OutboxMessageRow>().AsNoTracking().SingleAsync(row => row.Id == id.Value);
        return StoredJson.Strings(row.Secrets).Count(value => value.Length > 0);
    }

    public ValueTask DisposeAsync() => _dispose();
}
