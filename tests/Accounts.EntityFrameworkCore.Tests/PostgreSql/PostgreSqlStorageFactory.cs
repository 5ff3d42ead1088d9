using Accounts.EntityFrameworkCore.PostgreSql;
using Accounts.Storage.Conformance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

/// <summary>
/// A database of its own for each test class, migrated once; every test starts from empty
/// tables. Skipped without a server unless CI requires it.
/// </summary>
public sealed class PostgreSqlStorageFactory : IConformanceStorageFactory, IAsyncLifetime
{
    private string? _connectionString;

    public static string? SkipReason => PostgreSqlServer.SkipReason;

    /// <summary>The connection string of the class's database.</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The database is created before the tests.");

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        _connectionString = await PostgreSqlServer.CreateDatabaseAsync();
        await using var context = new AccountsDbContext(Options(_connectionString).Options);
        await context.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await PostgreSqlServer.DropDatabaseAsync(_connectionString);
        }
    }

    /// <summary>Empties the tables and gives the ports over them.</summary>
    public async ValueTask<IConformanceStorage> CreateAsync(CancellationToken cancellationToken)
    {
        await PostgreSqlServer.ScalarAsync(
            ConnectionString,
            "TRUNCATE accounts_organizations, accounts_members, accounts_onboarding_applications, accounts_service_applications, accounts_receipt_sequences, accounts_legacy_accounts, accounts_pre_registrations, accounts_cutover_runs, accounts_outbox_messages, accounts_audit_entries RESTART IDENTITY");
        return Ports();
    }

    /// <summary>More ports over the same tables, with connection settings and interceptors of their own when a test needs them.</summary>
    public EntityFrameworkStorage Ports(Action<NpgsqlConnectionStringBuilder>? connection = null, params IInterceptor[] interceptors)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        connection?.Invoke(builder);
        var options = Options(builder.ConnectionString);
        if (interceptors.Length > 0)
        {
            options.AddInterceptors(interceptors);
        }

        return new EntityFrameworkStorage(new PooledDbContextFactory<AccountsDbContext>(options.Options), PostgreSqlAccountsDialect.Instance);
    }

    private static DbContextOptionsBuilder<AccountsDbContext> Options(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        options.UseAccountsPostgreSql(connectionString);
        return options;
    }
}
