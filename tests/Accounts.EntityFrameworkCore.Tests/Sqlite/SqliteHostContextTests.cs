using Accounts.DependencyInjection;
using Accounts.EntityFrameworkCore.Sqlite;
using Accounts.EntityFrameworkCore.Tests.Hosting;
using Accounts.Storage.Conformance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.EntityFrameworkCore.Tests.Sqlite;

/// <summary>The library's tables in the host's own context and SQLite file, beside the host's tables, under the host's prefix.</summary>
public sealed class SqliteHostContextTests(SqliteStorageFactory factory) : PortalOnDatabaseTests<SqliteStorageFactory>(factory)
{
    private readonly string _connectionString = factory.NewDatabase().Replace(".db", "-host.db", StringComparison.Ordinal);

    [ConformanceFact]
    public async Task TheHostsTablesAndTheLibrarysLiveSideBySide()
    {
        var services = new ServiceCollection();
        AddDatabase(new AccountsBuilder(services));
        await using var provider = services.BuildServiceProvider();
        await CreateTablesAsync(provider);
        var contexts = provider.GetRequiredService<IDbContextFactory<HostDbContext>>();

        await using (var context = await contexts.CreateDbContextAsync())
        {
            context.Notes.Add(new PortalNote { Text = "kept" });
            await context.SaveChangesAsync();
        }

        await using var read = await contexts.CreateDbContextAsync();
        var tables = await read.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name LIKE 'portal_%' ORDER BY name").ToListAsync();
        Assert.Equal(["portal_accounts_audit_entries", "portal_accounts_cutover_runs", "portal_accounts_legacy_accounts", "portal_accounts_members", "portal_accounts_onboarding_applications", "portal_accounts_organizations", "portal_accounts_outbox_messages", "portal_accounts_pre_registrations", "portal_accounts_receipt_sequences", "portal_accounts_service_applications", "portal_notes"], tables);
        Assert.Equal("kept", (await read.Notes.SingleAsync()).Text);
    }

    protected override void AddDatabase(AccountsBuilder accounts)
    {
        accounts.Services.AddDbContextFactory<HostDbContext>(options => options.UseSqlite(_connectionString));
        accounts.AddEntityFrameworkStores<HostDbContext>(SqliteAccountsDialect.Instance);
    }

    protected override async Task CreateTablesAsync(IServiceProvider services)
    {
        // The host makes its schema its own way (its migrations); EnsureCreated stands in for them here.
        await using var context = await services.GetRequiredService<IDbContextFactory<HostDbContext>>().CreateDbContextAsync();
        await context.Database.EnsureCreatedAsync();
    }
}
