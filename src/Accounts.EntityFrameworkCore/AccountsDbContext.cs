using Microsoft.EntityFrameworkCore;

namespace Accounts.EntityFrameworkCore;

/// <summary>
/// The library's own <see cref="DbContext"/>: its tables and nothing else. Use it when the
/// library's data has a database (or schema) of its own; otherwise apply
/// <see cref="AccountsModel.ApplyAccountsModel"/> to your own context.
/// </summary>
public sealed class AccountsDbContext : DbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">The provider and connection, for example from <c>AddSqliteStores</c>.</param>
    public AccountsDbContext(DbContextOptions<AccountsDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyAccountsModel();
}
