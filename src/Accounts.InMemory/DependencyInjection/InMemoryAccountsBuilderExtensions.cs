using Accounts.Auditing;
using Accounts.DependencyInjection;
using Accounts.InMemory;
using Accounts.Notifications;
using Accounts.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

#pragma warning disable IDE0130 // Builder extensions live beside the builder's own registration entry point.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the in-memory adapter.</summary>
public static class InMemoryAccountsBuilderExtensions
{
    /// <summary>
    /// Registers the in-memory implementation of every storage, outbox and audit port over one
    /// shared <see cref="InMemoryDatabase"/>, and a <see cref="RecordingMailSender"/> unless the
    /// host registered its own <see cref="IMailSender"/>. It stores every kind of aggregate.
    /// For tests, samples and single-process hosts; data lives as long as the process.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddAccounts</c>.</param>
    public static AccountsBuilder AddInMemoryStores(this AccountsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(StorageAdapter.ForAnyAggregate("in-memory"));
        services.TryAddSingleton<InMemoryDatabase>();
        services.TryAddSingleton<IAggregateStore, InMemoryAggregateStore>();
        services.TryAddSingleton<IUnitOfWork, InMemoryUnitOfWork>();
        services.TryAddSingleton<IOutbox, InMemoryOutbox>();
        services.TryAddSingleton<IAuditLog, InMemoryAuditLog>();
        services.TryAddSingleton<RecordingMailSender>();
        services.TryAddSingleton<IMailSender>(provider => provider.GetRequiredService<RecordingMailSender>());
        return builder;
    }
}
