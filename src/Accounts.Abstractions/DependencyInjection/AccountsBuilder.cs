using Microsoft.Extensions.DependencyInjection;

namespace Accounts.DependencyInjection;

/// <summary>
/// Returned by <c>services.AddAccounts(...)</c>: adapter packages hang their registration
/// methods on it, for example <c>.AddInMemoryStores</c>.
/// </summary>
public sealed class AccountsBuilder
{
    /// <summary>Creates a builder over a service collection.</summary>
    /// <param name="services">The host's service collection.</param>
    public AccountsBuilder(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Services = services;
    }

    /// <summary>The host's service collection.</summary>
    public IServiceCollection Services { get; }
}
