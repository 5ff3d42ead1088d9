using Accounts.Auditing;
using Accounts.DependencyInjection;
using Accounts.EntityFrameworkCore;
using Accounts.Notifications;
using Accounts.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

#pragma warning disable IDE0130 // Builder extensions live beside the builder's own registration entry point.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the Entity Framework Core adapter.</summary>
public static class EntityFrameworkAccountsBuilderExtensions
{
    /// <summary>
    /// Registers every storage, outbox and audit port on a <see cref="DbContext"/> whose model
    /// has the library's tables: <see cref="AccountsDbContext"/>, or your own context that calls
    /// <see cref="AccountsModel.ApplyAccountsModel"/> in <c>OnModelCreating</c>. Register an
    /// <see cref="IDbContextFactory{TContext}"/> for it first (<c>AddDbContextFactory</c> or
    /// <c>AddPooledDbContextFactory</c>): the ports open a short-lived context per call, so they
    /// are singletons and safe to call from any thread.
    /// </summary>
    /// <remarks>
    /// <c>AddSqliteStores</c> and <c>AddPostgreSqlStores</c> do all of this for the library's own
    /// context. The adapter stores every kind of aggregate in <see cref="AccountsModel.StoredTypes"/>.
    /// Register your <see cref="IMailSender"/> too: the adapter sends no mail itself.
    /// </remarks>
    /// <typeparam name="TContext">The context holding the library's tables.</typeparam>
    /// <param name="builder">The builder returned by <c>AddAccounts</c>.</param>
    /// <param name="dialect">The database's dialect, for example <c>SqliteAccountsDialect.Instance</c>.</param>
    public static AccountsBuilder AddEntityFrameworkStores<TContext>(this AccountsBuilder builder, IAccountsDatabaseDialect dialect)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(dialect);
        var services = builder.Services;
        services.TryAddSingleton(StorageAdapter.For($"entity-framework-core ({dialect.Name})", AccountsModel.StoredTypes));
        services.TryAddSingleton(dialect);
        services.TryAddSingleton<IAggregateStore, EntityFrameworkAggregateStore<TContext>>();
        services.TryAddSingleton<IUnitOfWork, EntityFrameworkUnitOfWork<TContext>>();
        services.TryAddSingleton<IOutbox, EntityFrameworkOutbox<TContext>>();
        services.TryAddSingleton<IAuditLog, EntityFrameworkAuditLog<TContext>>();
        return builder;
    }
}
