using Accounts.DependencyInjection;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Accounts.Domain.Tests.DependencyInjection;

public sealed class AddAccountsTests
{
    [Fact]
    public void AddAccounts_RegistersSystemClockAndCryptographicGenerator_ByDefault()
    {
        var services = new ServiceCollection();

        services.AddAccounts();

        var clock = Assert.Single(services, d => d.ServiceType == typeof(IClock));
        Assert.Same(SystemClock.Instance, clock.ImplementationInstance);
        var secrets = Assert.Single(services, d => d.ServiceType == typeof(ISecretGenerator));
        Assert.Same(CryptographicSecretGenerator.Instance, secrets.ImplementationInstance);
    }

    [Fact]
    [Trait("Req", "R-TIME-2")]
    public void AddAccounts_KeepsTheHostsOwnClockAndGenerator()
    {
        var services = new ServiceCollection();
        var clock = FakeClock.FromUtc(2025, 9, 28);
        var secrets = new SeededSecretGenerator(1);
        services.AddSingleton<IClock>(clock);
        services.AddSingleton<ISecretGenerator>(secrets);

        services.AddAccounts();

        Assert.Same(clock, Assert.Single(services, d => d.ServiceType == typeof(IClock)).ImplementationInstance);
        Assert.Same(secrets, Assert.Single(services, d => d.ServiceType == typeof(ISecretGenerator)).ImplementationInstance);
    }

    [Fact]
    public void AddAccounts_AppliesTheHostsConfiguration_AndReturnsABuilderOverTheSameServices()
    {
        var services = new ServiceCollection();
        AccountsOptions? seen = null;

        var builder = services.AddAccounts(options => seen = options);

        Assert.Same(services, builder.Services);
        Assert.NotNull(seen);
        Assert.Same(seen, Assert.Single(services, d => d.ServiceType == typeof(AccountsOptions)).ImplementationInstance);
    }

    [Fact]
    public void AddAccounts_OnNull_IsMisuse()
    {
        Assert.Throws<ArgumentNullException>(() => AccountsServiceCollectionExtensions.AddAccounts(null!));
    }
}
