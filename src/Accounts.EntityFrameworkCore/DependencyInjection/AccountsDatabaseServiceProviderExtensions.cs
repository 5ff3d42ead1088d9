using Accounts.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // Beside the registration methods, where a host looks for it.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Brings the library's own database up to date at start-up.</summary>
public static class AccountsDatabaseServiceProviderExtensions
{
    /// <summary>
    /// Applies the migrations of the library's own <see cref="AccountsDbContext"/> that the database
    /// lacks, creating it when it does not exist. Registered by <c>AddSqliteStores</c> and
    /// <c>AddPostgreSqlStores</c>. A host that keeps the library's tables in its own context migrates
    /// that context instead, with its own migrations.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    public static async Task MigrateAccountsDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var contexts = services.GetService<IDbContextFactory<AccountsDbContext>>()
            ?? throw new InvalidOperationException("The library's own database is not registered: call AddSqliteStores or AddPostgreSqlStores, or migrate your own DbContext.");
        var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var disposeContext = context.ConfigureAwait(false);
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }
}
