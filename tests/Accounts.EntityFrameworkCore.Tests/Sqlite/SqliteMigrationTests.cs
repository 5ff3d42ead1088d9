using Accounts.EntityFrameworkCore.Sqlite;
using Accounts.Organizations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Accounts.EntityFrameworkCore.Tests.Sqlite;

/// <summary>Migrations that change stored data, applied to a database written by an earlier version.</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"accounts-migration-{Guid.NewGuid():N}.db");

    [Fact]
    [Trait("Req", "R-ACC-4")]
    public async Task InvitedAdministratorSeats_CountsTheInvitedAdministrators_OfOrganizationsStoredBefore()
    {
        await using var context = Context();
        var migrator = context.GetService<IMigrator>();
        await migrator.MigrateAsync(context.Database.GetMigrations().First(m => m.EndsWith("_Initial", StringComparison.Ordinal)));
        var organization = Guid.CreateVersion7();
        await context.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO accounts_organizations (id, version, code, kind, industry, category, requires_one_time_password, seats_administrators, seats_general_users, seats_external_users, seats_applicants, seats_disabled_administrators, registered_at)
            VALUES ({0}, 1, 'ABCD2345', 'HeadOffice', 'trading', 'Company', 0, 3, 0, 0, 0, 0, '2025-09-28 00:00:00');
            INSERT INTO accounts_members (id, version, organization_id, email, display_name, type, status, is_shared_address, language, created_at) VALUES
                ({1}, 1, {0}, 'active@example.jp', 'Active', 'Administrator', 'Active', 0, 'ja', '2025-09-28 00:00:00'),
                ({2}, 1, {0}, 'invited1@example.jp', 'Invited', 'Administrator', 'Invited', 0, 'ja', '2025-09-28 00:00:00'),
                ({3}, 1, {0}, 'invited2@example.jp', 'Invited', 'Administrator', 'Invited', 0, 'ja', '2025-09-28 00:00:00'),
                ({4}, 1, {0}, 'general@example.jp', 'General', 'General', 'Invited', 0, 'ja', '2025-09-28 00:00:00');
            """,
            organization,
            Guid.CreateVersion7(),
            Guid.CreateVersion7(),
            Guid.CreateVersion7(),
            Guid.CreateVersion7());

        await migrator.MigrateAsync();

        var stored = await new EntityFrameworkAggregateStore<AccountsDbContext>(new PooledDbContextFactory<AccountsDbContext>(Options()), SqliteAccountsDialect.Instance)
            .FindOrganizationAsync(OrganizationId.FromGuid(organization));
        Assert.Equal((3, 2, 1), (stored!.Seats.Administrators, stored.Seats.InvitedAdministrators, stored.Seats.ActiveAdministrators));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private AccountsDbContext Context() => new(Options());

    private DbContextOptions<AccountsDbContext> Options()
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        options.UseAccountsSqlite($"Data Source={_file}");
        return options.Options;
    }
}
