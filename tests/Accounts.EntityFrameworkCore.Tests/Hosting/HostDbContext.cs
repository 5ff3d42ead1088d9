using Microsoft.EntityFrameworkCore;

namespace Accounts.EntityFrameworkCore.Tests.Hosting;

/// <summary>A host's own context that keeps the library's tables beside its own, under a prefix of its choosing.</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public const string Prefix = "portal_accounts_";

    public DbSet<PortalNote> Notes => Set<PortalNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PortalNote>().ToTable("portal_notes");
        modelBuilder.ApplyAccountsModel(Prefix);
    }
}
