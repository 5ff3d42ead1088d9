using Accounts.DependencyInjection;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.Permissions;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.SignIn;
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
    public async Task EveryUseCase_ResolvesInAScope_OnTheInMemoryAdapter()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(FakeClock.FromUtc(2025, 9, 28));
        services.AddAccounts(options => options.UseSecretProtectionKey(new byte[32])).AddInMemoryStores();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using var scope = provider.CreateAsyncScope();

        Assert.NotNull(scope.ServiceProvider.GetRequiredService<OrganizationService>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<MembershipService>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<AccessService>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<PasswordService>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<SignInService>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<OneTimePasswordService>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<OutboxDispatcher>());
        Assert.IsType<Pbkdf2PasswordHasher>(scope.ServiceProvider.GetRequiredService<IPasswordHasher>());
    }

    [Fact]
    public async Task WithoutAKey_OneTimePasswords_ExplainWhatToConfigure()
    {
        var services = new ServiceCollection();
        services.AddAccounts().AddInMemoryStores();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();

        var exception = Assert.Throws<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<SignInService>());

        Assert.Contains("UseSecretProtectionKey", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new AccountsOptions().UseSecretProtectionKey(new byte[16]));
    }

    [Fact]
    public void Presets_SetTheWholePortal()
    {
        var nexi = new AccountsOptions().UseNexiPresets();
        var classNk = new AccountsOptions().UseClassNkPresets();

        Assert.Equal((PermissionMatrix.Nexi, QuotaPolicy.Nexi, EmailPolicy.Nexi), (nexi.Permissions, nexi.Quotas, nexi.Email));
        Assert.Equal((PermissionMatrix.ClassNk, QuotaPolicy.ClassNk), (classNk.Permissions, classNk.Quotas));
        Assert.Throws<ArgumentNullException>(() => new AccountsOptions { Passwords = null! });
        Assert.Throws<ArgumentException>(() => new AccountsOptions { DefaultLanguage = "fr" });
    }

    [Fact]
    public void AddAccounts_OnNull_IsMisuse()
    {
        Assert.Throws<ArgumentNullException>(() => AccountsServiceCollectionExtensions.AddAccounts(null!));
    }
}
