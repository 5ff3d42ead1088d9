using Accounts.Storage.Conformance;
using Microsoft.EntityFrameworkCore;

namespace Accounts.EntityFrameworkCore.Tests.Sqlite;

public sealed class SqliteAdapterTests(SqliteStorageFactory factory) : DatabaseAdapterTests<SqliteStorageFactory>(factory)
{
    [ConformanceFact]
    public async Task TheMigratedFile_UsesWriteAheadLogging()
    {
        await using var context = await ((EntityFrameworkStorage)Storage).Contexts.CreateDbContextAsync();

        Assert.Equal("wal", Assert.Single(await context.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()));
    }
}
