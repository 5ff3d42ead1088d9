using Microsoft.EntityFrameworkCore;

namespace Accounts.Benchmarks.Database;

/// <summary>The hand-written outbox's context: one table with an index on the unsent rows.</summary>
internal sealed class PeerOutboxContext(DbContextOptions<PeerOutboxContext> options) : DbContext(options)
{
    public DbSet<PeerOutboxMessage> Messages => Set<PeerOutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<PeerOutboxMessage>().HasIndex(m => m.Id).HasFilter("\"SentAt\" IS NULL").HasDatabaseName("ix_pending");
}
