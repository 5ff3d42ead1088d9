using Accounts.DependencyInjection;
using Accounts.EntityFrameworkCore.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

/// <summary>The use cases on PostgreSQL, registered with <c>AddPostgreSqlStores</c> and migrated at start-up.</summary>
public sealed class PostgreSqlPortalTests(PostgreSqlStorageFactory factory) : PortalOnDatabaseTests<PostgreSqlStorageFactory>(factory)
{
    protected override void AddDatabase(AccountsBuilder accounts) => accounts.AddPostgreSqlStores(Factory.ConnectionString);

    protected override Task CreateTablesAsync(IServiceProvider services) => services.MigrateAccountsDatabaseAsync();
}
