using Accounts.Notifications;
using Accounts.Storage.Conformance;

namespace Accounts.InMemory.Tests.Conformance;

public sealed class InMemoryOutboxTests(InMemoryStorageFactory factory) : OutboxConformanceTests<InMemoryStorageFactory>(factory)
{
    protected override Task<int> SecretValuesAsync(OutboxMessageId id)
    {
        var database = ((InMemoryStorageFactory.Storage)Storage).Database;
        var message = database.OutboxMessages.Single(m => m.Id == id);
        return Task.FromResult(message.Parameters.Count(p => p.IsSecret && p.Value.Length > 0));
    }
}
