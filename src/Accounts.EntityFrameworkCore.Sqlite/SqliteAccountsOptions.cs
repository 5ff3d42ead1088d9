using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Accounts.EntityFrameworkCore.Sqlite;

/// <summary>Configures the library's own <see cref="AccountsDbContext"/> on SQLite, with this package's migrations.</summary>
public static class SqliteAccountsOptions
{
    /// <summary>
    /// Uses SQLite with this package's migrations and the library's migrations history table.
    /// <c>AddSqliteStores</c> calls it; call it yourself to register the context another way.
    /// </summary>
    /// <param name="options">The options of the library's context, <see cref="AccountsDbContext"/>.</param>
    /// <param name="connectionString">For example <c>Data Source=accounts.db</c>.</param>
    /// <param name="configure">Further SQLite options.</param>
    public static DbContextOptionsBuilder UseAccountsSqlite(
        this DbContextOptionsBuilder options,
        string connectionString,
        Action<SqliteDbContextOptionsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return options.UseSqlite(connectionString, sqlite =>
        {
            sqlite.MigrationsAssembly(typeof(SqliteAccountsOptions).Assembly.GetName().Name);
            sqlite.MigrationsHistoryTable(AccountsModel.MigrationsHistoryTable);
            configure?.Invoke(sqlite);
        });
    }
}
