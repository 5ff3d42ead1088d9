using Accounts.Notifications;
using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

public sealed class PostgreSqlOutboxTests(PostgreSqlStorageFactory factory) : OutboxConformanceTests<PostgreSqlStorageFactory>(factory)
{
    protected override Task<int> SecretValuesAsync(OutboxMessageId id) => ((EntityFrameworkStorage)Storage).SecretValuesAsync(id);
}
