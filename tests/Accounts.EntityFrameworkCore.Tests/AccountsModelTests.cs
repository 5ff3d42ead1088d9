using System.Text.RegularExpressions;
using Accounts.EntityFrameworkCore.Mappings;
using Accounts.EntityFrameworkCore.PostgreSql;
using Accounts.EntityFrameworkCore.Sqlite;
using Accounts.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Accounts.EntityFrameworkCore.Tests;

/// <summary>The model and the migrations: names a person can read, an index for every unique key, and migrations that match the model.</summary>
public sealed partial class AccountsModelTests
{
    [Fact]
    public void TheSqliteMigrations_MatchTheModel()
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        options.UseAccountsSqlite("Data Source=never-opened.db");
        using var context = new AccountsDbContext(options.Options);

        Assert.False(context.Database.HasPendingModelChanges(), "The model changed without a migration: run eng/add-migration.sh <Name>.");
        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Fact]
    public void ThePostgreSqlMigrations_MatchTheModel()
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        options.UseAccountsPostgreSql("Host=never-connected");
        using var context = new AccountsDbContext(options.Options);

        Assert.False(context.Database.HasPendingModelChanges(), "The model changed without a migration: run eng/add-migration.sh <Name>.");
        Assert.Equal(SqliteMigrations(), context.Database.GetMigrations().Select(Name));
    }

    [Fact]
    public void EveryDeclaredUniqueKey_HasAUniqueIndex_ThatNamesIt()
    {
        using var context = SqliteContext();
        var prefix = AccountsModel.DefaultTablePrefix;

        foreach (var mapping in AccountsModel.Mappings)
        {
            var entity = context.Model.FindEntityType(mapping.RowType)!;
            var enforced = entity.GetIndexes().Where(i => i.IsUnique).Select(i => mapping.KeyOfIndex(i.GetDatabaseName()!, prefix)).ToList();
            Assert.Equal(mapping.Type.UniqueKeys.Select(k => k.Name).Order(), enforced.Select(k => k?.Name).Order());
        }
    }

    [Fact]
    public void TablesColumnsAndIndexes_HaveSnakeCaseNames_WithThePrefix()
    {
        using var context = SqliteContext();

        foreach (var entity in context.Model.GetEntityTypes())
        {
            Assert.StartsWith("accounts_", entity.GetTableName());
            Assert.All(entity.GetProperties(), p => Assert.Matches(SnakeCase(), p.GetColumnName()));
            Assert.All(entity.GetIndexes(), i => Assert.Matches("^(ux|ix)_accounts_[a-z_]+$", i.GetDatabaseName()));
        }
    }

    [Fact]
    public void AnotherPrefix_NamesTheTablesAndIndexes_AndTheKeysAreStillFound()
    {
        using var context = new PrefixedContext();
        var members = context.Model.FindEntityType(MemberMapping.Instance.RowType)!;

        Assert.Equal("portal_members", members.GetTableName());
        Assert.Equal(MemberSnapshot.EmailKey, MemberMapping.Instance.KeyOfIndex("ux_portal_members_email", "portal_"));
        Assert.Contains(members.GetIndexes(), i => i.GetDatabaseName() == "ux_portal_members_email");
    }

    [Fact]
    public void TheStoredKinds_AreEveryKindOfTheLibrary()
    {
        Assert.Equal(Storage.Conformance.Samples.LibraryAggregates.Select(a => a.Name).Order(), AccountsModel.StoredTypes.Select(t => t.Name).Order());
    }

    [Fact]
    public async Task AContextWithoutTheLibrarysTables_FailsWithWhatToDo()
    {
        var options = new DbContextOptionsBuilder<EmptyContext>();
        options.UseSqlite("Data Source=:memory:");
        var store = new EntityFrameworkAggregateStore<EmptyContext>(new PooledDbContextFactory<EmptyContext>(options.Options), SqliteAccountsDialect.Instance);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.FindAsync<MemberSnapshot>(Guid.NewGuid(), default));

        Assert.Contains("ApplyAccountsModel", failure.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(EmptyContext), failure.Message, StringComparison.Ordinal);
    }

    private static AccountsDbContext SqliteContext()
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        options.UseAccountsSqlite("Data Source=never-opened.db");
        return new AccountsDbContext(options.Options);
    }

    private static List<string> SqliteMigrations()
    {
        using var context = SqliteContext();
        return [.. context.Database.GetMigrations().Select(Name)];
    }

    // Both databases get the same migrations, under their own timestamps.
    private static string Name(string migration) => migration[(migration.IndexOf('_', StringComparison.Ordinal) + 1)..];

    [GeneratedRegex("^[a-z]+(_[a-z]+)*$")]
    private static partial Regex SnakeCase();

    public sealed class EmptyContext(DbContextOptions<EmptyContext> options) : DbContext(options);

    private sealed class PrefixedContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=never-opened.db");

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyAccountsModel("portal_");
    }
}
