using Accounts.Auditing;
using Accounts.Notifications;
using Accounts.Storage;
using Accounts.Storage.Conformance;

namespace Accounts.InMemory.Tests.Conformance;

/// <summary>A fresh in-memory database for every conformance test.</summary>
public sealed class InMemoryStorageFactory : IConformanceStorageFactory
{
    public static string? SkipReason => null;

    public ValueTask<IConformanceStorage> CreateAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IConformanceStorage>(new Storage(new InMemoryDatabase()));

    internal sealed class Storage(InMemoryDatabase database) : IConformanceStorage
    {
        public InMemoryDatabase Database { get; } = database;

        public StorageAdapter Adapter { get; } = StorageAdapter.ForAnyAggregate("in-memory");

        public IAggregateStore Store { get; } = new InMemoryAggregateStore(database);

        public IUnitOfWork UnitOfWork { get; } = new InMemoryUnitOfWork(database);

        public IOutbox Outbox { get; } = new InMemoryOutbox(database);

        public IAuditLog AuditLog { get; } = new InMemoryAuditLog(database);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
