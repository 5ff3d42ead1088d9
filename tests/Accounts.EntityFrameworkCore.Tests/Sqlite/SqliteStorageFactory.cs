using Accounts.EntityFrameworkCore.Sqlite;
using Accounts.Storage.Conformance;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Accounts.EntityFrameworkCore.Tests.Sqlite;

/// <summary>
/// A fresh SQLite file for every test, copied from one migrated for the class: the migrations
/// run once per class, not once per test.
/// </summary>
public sealed class SqliteStorageFactory : IConformanceStorageFactory, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "accounts-tests", "sqlite-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<string> _migrated;

    public SqliteStorageFactory()
    {
        Directory.CreateDirectory(_folder);
        _migrated = new Lazy<string>(Migrate);
    }

    public static string? SkipReason => null;

    public ValueTask<IConformanceStorage> CreateAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IConformanceStorage>(CreateStorage());

    /// <summary>A fresh database file with the migrations applied, and its connection string.</summary>
    public string NewDatabase()
    {
        var file = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
        File.Copy(_migrated.Value, file);
        return $"Data Source={file}";
    }

    public EntityFrameworkStorage CreateStorage(params IInterceptor[] interceptors)
    {
        var connectionString = NewDatabase();
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        options.UseAccountsSqlite(connectionString);
        if (interceptors.Length > 0)
        {
            options.AddInterceptors(interceptors);
        }

        return new EntityFrameworkStorage(new PooledDbContextFactory<AccountsDbContext>(options.Options), SqliteAccountsDialect.Instance, () =>
        {
            // Pooled connections keep the file open.
            using var connection = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(connection);
            return ValueTask.CompletedTask;
        });
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere stays in the temporary folder.
        }
    }

    private string Migrate()
    {
        var file = Path.Combine(_folder, "migrated.db");
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        options.UseAccountsSqlite($"Data Source={file};Pooling=False");
        using (var context = new AccountsDbContext(options.Options))
        {
            context.Database.Migrate();
        }

        return file;
    }
}
