using Accounts.DependencyInjection;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.Permissions;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.SignIn;
using Accounts.Storage;
using Accounts.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Accounts.Domain.Tests.DependencyInjection;

public sealed class AddAccountsTests
{
    [Fact]
    public void AddAccounts_RegistersSystemClockAndCryptographicGenerator_ByDefault()
    {
        var services = new ServiceCollection();

        services.AddAccounts().AddInMemoryStores();

        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        using var provider = services.BuildServiceProvider();
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
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

        var builder = services.AddAccounts(options => seen = options.UseNexiPresets()).AddInMemoryStores();
        using var provider = services.BuildServiceProvider();
        var policies = provider.GetRequiredService<AccountsPolicies>();

        Assert.Same(services, builder.Services);
        Assert.NotNull(seen);
        Assert.Equal(QuotaPolicy.Nexi, policies.Quotas);
    }

    [Fact]
    public void ASecondAddAccounts_ComposesItsConfiguration_AndRegistersEverythingOnce()
    {
        var services = new ServiceCollection();

        services.AddAccounts(options => options.UseNexiPresets()).AddInMemoryStores();
        services.AddAccounts(options => options.PortalName = "Second call");
        using var provider = services.BuildServiceProvider();
        var policies = provider.GetRequiredService<AccountsPolicies>();

        Assert.Equal(("Second call", QuotaPolicy.Nexi), (policies.PortalName, policies.Quotas));
        Assert.Single(services, d => d.ServiceType == typeof(AccountsPolicies));
        Assert.Single(services, d => d.ServiceType == typeof(InvitationService));
    }

    [Fact]
    public void BindingConfiguration_ChangesThePortalsPolicies_AndNeverAPreset()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Accounts:Quotas:MaxApplicants"] = "49",
            ["Accounts:Profile:NameKanji:MaxLength"] = "40",
            ["Accounts:Lockout:MaxFailedAttempts"] = "3",
        }).Build();
        var services = new ServiceCollection();
        services.AddAccounts().AddInMemoryStores();
        services.Configure<AccountsOptions>(options => configuration.GetSection("Accounts").Bind(options));
        using var provider = services.BuildServiceProvider();

        var policies = provider.GetRequiredService<AccountsPolicies>();

        Assert.Equal((49, 40, 3), (policies.Quotas.MaxApplicants, policies.Profile.NameKanji.MaxLength, policies.Lockout.MaxFailedAttempts));
        Assert.Equal((null, 50, 5), (QuotaPolicy.ClassNk.MaxApplicants, OrganizationProfilePolicy.Nexi.NameKanji.MaxLength, LockoutPolicy.Default.MaxFailedAttempts));
        Assert.Equal(99, QuotaPolicy.Nexi.MaxApplicants);
    }

    [Fact]
    public void ThePolicies_AreFrozen_ChangingTheOptionsLaterChangesNothing()
    {
        var services = new ServiceCollection();
        services.AddAccounts().AddInMemoryStores();
        using var provider = services.BuildServiceProvider();
        var policies = provider.GetRequiredService<AccountsPolicies>();

        provider.GetRequiredService<IOptions<AccountsOptions>>().Value.Quotas = QuotaPolicy.Nexi;

        Assert.Same(policies, provider.GetRequiredService<AccountsPolicies>());
        Assert.Equal(QuotaPolicy.ClassNk, policies.Quotas);
    }

    [Fact]
    public async Task EveryUseCase_ResolvesInAScope_OnTheInMemoryAdapter()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(FakeClock.FromUtc(2025, 9, 28));
        services.AddAccounts(options => options.UseSecretProtectionKey(new byte[32])).AddInMemoryStores();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        await using var scope = provider.CreateAsyncScope();

        Assert.IsType<OrganizationService>(scope.ServiceProvider.GetRequiredService<OrganizationService>());
        Assert.IsType<InvitationService>(scope.ServiceProvider.GetRequiredService<InvitationService>());
        Assert.IsType<MemberAdministrationService>(scope.ServiceProvider.GetRequiredService<MemberAdministrationService>());
        Assert.IsType<AccessService>(scope.ServiceProvider.GetRequiredService<AccessService>());
        Assert.IsType<PasswordService>(scope.ServiceProvider.GetRequiredService<PasswordService>());
        Assert.IsType<SignInService>(scope.ServiceProvider.GetRequiredService<SignInService>());
        Assert.IsType<OneTimePasswordService>(scope.ServiceProvider.GetRequiredService<OneTimePasswordService>());
        Assert.IsType<OutboxDispatcher>(scope.ServiceProvider.GetRequiredService<OutboxDispatcher>());
        Assert.IsType<Pbkdf2PasswordHasher>(scope.ServiceProvider.GetRequiredService<IPasswordHasher>());
    }

    [Fact]
    public void WithoutAStorageAdapter_StartUpFails_SayingWhatToAdd()
    {
        var services = new ServiceCollection();
        services.AddAccounts();
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(exception.Failures, f => f.Contains("AddInMemoryStores()", StringComparison.Ordinal));
    }

    [Fact]
    public void OneTimePasswordsOnWithoutAKey_FailAtStartUp_NotAtFirstUse()
    {
        var services = new ServiceCollection();
        services.AddAccounts(options => options.OneTimePasswordsEnabled = true).AddInMemoryStores();
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(exception.Failures, f => f.Contains("UseSecretProtectionKey", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => new AccountsOptions().UseSecretProtectionKey(new byte[16]));
    }

    [Fact]
    [Trait("Req", "R-PWD-6")]
    public async Task APortalWithoutOneTimePasswords_NeedsNoKey_AndRefusesToRequireThem()
    {
        var services = new ServiceCollection();
        services.AddAccounts().AddInMemoryStores();
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        await using var scope = provider.CreateAsyncScope();

        var registered = await scope.ServiceProvider.GetRequiredService<OrganizationService>().RegisterHeadOfficeAsync(
            TestPortal.Registration("admin@org.example.jp") with { Organization = TestPortal.Registration("admin@org.example.jp").Organization with { RequiresOneTimePassword = true } },
            Auditing.ActorRef.Operator("op"));

        Assert.Equal(("otp.disabled", "requiresOneTimePassword"), (registered.FirstError!.Code, registered.FirstError.Target));
        Assert.IsType<SignInService>(scope.ServiceProvider.GetRequiredService<SignInService>());
    }

    [Fact]
    public void AnAdapterThatDoesNotStoreAKindANeededFeatureStores_FailsAtStartUp()
    {
        var services = new ServiceCollection();
        services.AddAccounts().AddInMemoryStores();
        services.AddSingleton(StorageAdapter.For("partial", [OrganizationSnapshot.Aggregate]));
        services.RemoveAll<StorageAdapter>();
        services.AddSingleton(StorageAdapter.For("partial", [OrganizationSnapshot.Aggregate]));
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(exception.Failures, f => f.Contains("'partial' does not store 'member'", StringComparison.Ordinal));
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
