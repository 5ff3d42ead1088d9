using Accounts.Auditing;
using Accounts.DependencyInjection;
using Accounts.Notifications;
using Accounts.Storage;
using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Accounts.Benchmarks.Database;

/// <summary>A portal whose storage is the library's PostgreSQL adapter, registered as a host registers it.</summary>
internal static class AccountsOnPostgreSql
{
    public static TestPortal CreatePortal(string connectionString, Action<AccountsOptions>? configure = null)
    {
        var portal = new TestPortal(configure, services: services =>
        {
            services.RemoveAll<StorageAdapter>();
            services.RemoveAll<IAggregateStore>();
            services.RemoveAll<IUnitOfWork>();
            services.RemoveAll<IOutbox>();
            services.RemoveAll<IAuditLog>();
            new AccountsBuilder(services).AddPostgreSqlStores(connectionString);
        });
        portal.Get<IServiceProvider>().MigrateAccountsDatabaseAsync().GetAwaiter().GetResult();
        return portal;
    }
}
