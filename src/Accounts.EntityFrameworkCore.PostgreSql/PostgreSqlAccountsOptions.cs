using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace Accounts.EntityFrameworkCore.PostgreSql;

/// <summary>Configures the library's own <see cref="AccountsDbContext"/> on PostgreSQL, with this package's migrations.</summary>
public static class PostgreSqlAccountsOptions
{
    /// <summary>
    /// Uses PostgreSQL with this package's migrations and the library's migrations history table.
    /// <c>AddPostgreSqlStores</c> calls it; call it yourself to register the context another way.
    /// </summary>
    /// <param name="options">The options of the library's context, <see cref="AccountsDbContext"/>.</param>
    /// <param name="connectionString">For example <c>Host=localhost;Database=accounts;Username=accounts;Password=…</c>.</param>
    /// <param name="configure">Further PostgreSQL options.</param>
    public static DbContextOptionsBuilder UseAccountsPostgreSql(
        this DbContextOptionsBuilder options,
        string connectionString,
        Action<NpgsqlDbContextOptionsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return options.UseNpgsql(connectionString, npgsql =>
        {
            npgsql.MigrationsAssembly(typeof(PostgreSqlAccountsOptions).Assembly.GetName().Name);
            npgsql.MigrationsHistoryTable(AccountsModel.MigrationsHistoryTable);
            configure?.Invoke(npgsql);
        });
    }
}
