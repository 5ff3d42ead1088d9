using Accounts.DependencyInjection;
using Accounts.EntityFrameworkCore;
using Accounts.EntityFrameworkCore.PostgreSql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

#pragma warning disable IDE0130 // Builder extensions live beside the builder's own registration entry point.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the Entity Framework Core adapter on PostgreSQL.</summary>
public static class PostgreSqlAccountsBuilderExtensions
{
    /// <summary>
    /// Keeps the library's data in a PostgreSQL database of its own (<see cref="AccountsDbContext"/>,
    /// pooled) and registers every storage, outbox and audit port on it. Create or update the
    /// database at start-up with <c>await app.Services.MigrateAccountsDatabaseAsync</c>.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddAccounts</c>.</param>
    /// <param name="connectionString">For example <c>Host=localhost;Database=accounts;Username=accounts;Password=…</c>.</param>
    /// <param name="configure">Further PostgreSQL options.</param>
    public static AccountsBuilder AddPostgreSqlStores(this AccountsBuilder builder, string connectionString, Action<NpgsqlDbContextOptionsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        builder.Services.AddPooledDbContextFactory<AccountsDbContext>(options => options.UseAccountsPostgreSql(connectionString, configure));
        return builder.AddEntityFrameworkStores<AccountsDbContext>(PostgreSqlAccountsDialect.Instance);
    }
}
