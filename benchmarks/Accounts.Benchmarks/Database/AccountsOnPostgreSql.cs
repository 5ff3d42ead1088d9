using Accounts.DependencyInjection;
using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.Benchmarks.Database;

/// <summary>A portal whose storage is the library's PostgreSQL adapter, registered as a host registers it.</summary>
internal static class AccountsOnPostgreSql
{
    public static TestPortal CreatePortal(string connectionString, Action<AccountsOptions>? configure = null)
    {
        var portal = new TestPortal(configure, storage: builder => builder.AddPostgreSqlStores(connectionString));
        portal.Get<IServiceProvider>().MigrateAccountsDatabaseAsync().GetAwaiter().GetResult();
        return portal;
    }
}
