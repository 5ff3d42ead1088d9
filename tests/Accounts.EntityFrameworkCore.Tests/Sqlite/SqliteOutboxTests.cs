using Accounts.Notifications;
using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.Sqlite;

public sealed class SqliteOutboxTests(SqliteStorageFactory factory) : OutboxConformanceTests<SqliteStorageFactory>(factory)
{
    protected override Task<int> SecretValuesAsync(OutboxMessageId id) => ((EntityFrameworkStorage)Storage).SecretValuesAsync(id);
}
