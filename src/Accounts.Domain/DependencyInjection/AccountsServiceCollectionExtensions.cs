using Accounts.DependencyInjection;
using Accounts.Secrets;
using Accounts.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

#pragma warning disable IDE0130 // Extension methods on IServiceCollection live in its namespace so hosts find them without a using.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the Accounts library in a host's service collection.</summary>
public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Accounts use cases, their policies, the system clock and the
    /// cryptographic secret generator. Add a storage adapter to the returned builder, for
    /// example <c>.AddInMemoryStores()</c>.
    /// </summary>
    /// <remarks>
    /// The clock and the secret generator are registered only when the host has not
    /// registered its own <see cref="IClock"/> or <see cref="ISecretGenerator"/>.
    /// </remarks>
    /// <param name="services">The host's service collection.</param>
    /// <param name="configure">Chooses the policies; presets are the defaults.</param>
    public static AccountsBuilder AddAccounts(this IServiceCollection services, Action<AccountsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new AccountsOptions();
        configure?.Invoke(options);

        services.TryAddSingleton(options);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<ISecretGenerator>(CryptographicSecretGenerator.Instance);
        return new AccountsBuilder(services);
    }
}
