using Accounts.DependencyInjection;
using Accounts.EntityFrameworkCore;
using Accounts.EntityFrameworkCore.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;

#pragma warning disable IDE0130 // Builder extensions live beside the builder's own registration entry point.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the Entity Framework Core adapter on SQLite.</summary>
public static class SqliteAccountsBuilderExtensions
{
    /// <summary>
    /// Keeps the library's data in a SQLite database of its own (<see cref="AccountsDbContext"/>,
    /// pooled) and registers every storage, outbox and audit port on it. Create or update the
    /// database at start-up with <c>await app.Services.MigrateAccountsDatabaseAsync</c>.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddAccounts</c>.</param>
    /// <param name="connectionString">For example <c>Data Source=accounts.db</c>.</param>
    /// <param name="configure">Further SQLite options.</param>
    public static AccountsBuilder AddSqliteStores(this AccountsBuilder builder, string connectionString, Action<SqliteDbContextOptionsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        builder.Services.AddPooledDbContextFactory<AccountsDbContext>(options => options.UseAccountsSqlite(connectionString, configure));
        return builder.AddEntityFrameworkStores<AccountsDbContext>(SqliteAccountsDialect.Instance);
    }
}
