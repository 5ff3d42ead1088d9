using System.Diagnostics.Metrics;
using Accounts.Auditing;
using Accounts.Concurrency;
using Accounts.Configuration;
using Accounts.DependencyInjection;
using Accounts.Diagnostics;
using Accounts.Members;
using Accounts.Messages;
using Accounts.Notifications;
using Accounts.Onboarding;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.Permissions;
using Accounts.Registration;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.ServiceApplications;
using Accounts.SignIn;
using Accounts.Storage;
using Accounts.Time;
using Accounts.UseCases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

#pragma warning disable IDE0130 // Extension methods on IServiceCollection live in its namespace so hosts find them without a using.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the Accounts library in a host's service collection.</summary>
public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Accounts use cases (scoped), the portal's policies, the system clock, the
    /// cryptographic secret generator, the PBKDF2 password hasher, the built-in password
    /// blocklist, the organization code generator and the outbox dispatcher. Add a storage
    /// adapter to the returned builder, for example <c>.AddInMemoryStores</c>.
    /// </summary>
    /// <remarks>
    /// <para>Calling it again adds the new configuration to the earlier one; everything else is
    /// registered once. The options go through <c>IOptions&lt;AccountsOptions&gt;</c>, so a host can
    /// also bind them from configuration.</para>
    /// <para>At start-up (a host's <c>IStartupValidator</c>, or the first use of any Accounts
    /// service) the options are checked and frozen into <see cref="AccountsPolicies"/>: a missing
    /// storage adapter, an adapter that does not store a kind of aggregate a feature needs, or
    /// one-time passwords without a key fail with a message saying what to do.</para>
    /// <para>Every infrastructure service is registered only when the host has not registered
    /// its own: <see cref="IClock"/>, <see cref="ISecretGenerator"/>, <see cref="IPasswordHasher"/>,
    /// <see cref="IPasswordBlocklist"/>, <see cref="IOrganizationCodeGenerator"/> and
    /// <see cref="ISecretProtector"/>. The clock reads the host's <see cref="TimeProvider"/> when it
    /// registered one (a <c>FakeTimeProvider</c> in its tests, say), else NodaTime's system clock.</para>
    /// </remarks>
    /// <param name="services">The host's service collection.</param>
    /// <param name="configure">Chooses the policies; presets are the defaults.</param>
    public static AccountsBuilder AddAccounts(this IServiceCollection services, Action<AccountsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<AccountsOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(AccountsPolicies)))
        {
            return new AccountsBuilder(services);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AccountsOptions>, AccountsOptionsValidator>());
        services.TryAddSingleton(static provider => AccountsPolicies.Freeze(provider.GetRequiredService<IOptions<AccountsOptions>>().Value));
        services.TryAddSingleton<IClock>(static provider => provider.GetService<TimeProvider>() is { } time ? new TimeProviderClock(time) : SystemClock.Instance);
        services.TryAddSingleton(static provider => new AccountsMessageLocalizer(provider.GetRequiredService<AccountsPolicies>().Messages, provider.GetService<AccountsStringLocalizer>()?.Localizer));
        services.TryAddSingleton<ISecretGenerator>(CryptographicSecretGenerator.Instance);
        services.TryAddSingleton<IPasswordHasher>(static provider => new Pbkdf2PasswordHasher(provider.GetRequiredService<ISecretGenerator>(), provider.GetRequiredService<AccountsPolicies>().PasswordHashing));
        services.TryAddSingleton<IPasswordBlocklist>(CommonPasswordBlocklist.Instance);
        services.TryAddSingleton<IOrganizationCodeGenerator>(static provider => new RandomOrganizationCodeGenerator(provider.GetRequiredService<ISecretGenerator>()));
        services.TryAddSingleton(static provider => new OneTimePasswordProtection(OneTimePasswordProtection.Resolve(provider)));
        services.TryAddSingleton(static provider => new AccountsTelemetry(provider.GetService<IMeterFactory>()));
        services.TryAddSingleton(static provider => new AuditPseudonyms(AuditPseudonymKey(provider)));

        services.TryAddSingleton<WriterQueue>();
        services.TryAddScoped(static provider => new UseCasePipeline(
            provider.GetRequiredService<IAggregateStore>(),
            provider.GetRequiredService<IUnitOfWork>(),
            provider.GetRequiredService<Accounts.Auditing.IAuditLog>(),
            provider.GetRequiredService<IClock>(),
            provider.GetRequiredService<ISecretGenerator>(),
            provider.GetRequiredService<AccountsPolicies>(),
            provider.GetRequiredService<AccountsTelemetry>(),
            Logger(provider, "Accounts.UseCases"),
            provider.GetService<IBulkUnitOfWork>(),
            provider.GetRequiredService<WriterQueue>()));
        services.TryAddScoped(static provider => new OrganizationService(Pipeline(provider), provider.GetRequiredService<IOrganizationCodeGenerator>(), provider.GetRequiredService<IPasswordHasher>()));
        services.TryAddScoped(static provider => new OnboardingService(Pipeline(provider), provider.GetRequiredService<OrganizationService>(), provider.GetRequiredService<IPasswordHasher>()));
        services.TryAddScoped(static provider => new ServiceApplicationService(Pipeline(provider), SecretProtection.FromServices(provider)));
        services.TryAddScoped(static provider => new PreRegistrationService(Pipeline(provider)));
        services.TryAddScoped(static provider => new CutoverService(Pipeline(provider), provider.GetRequiredService<IOrganizationCodeGenerator>()));
        services.TryAddScoped(static provider => new InvitationService(Pipeline(provider), provider.GetRequiredService<IPasswordHasher>(), provider.GetRequiredService<IPasswordBlocklist>()));
        services.TryAddScoped(static provider => new MemberAdministrationService(Pipeline(provider)));
        services.TryAddScoped(static provider => new AccessService(Pipeline(provider)));
        services.TryAddScoped(static provider => new PasswordService(Pipeline(provider), provider.GetRequiredService<IPasswordHasher>(), provider.GetRequiredService<IPasswordBlocklist>()));
        services.TryAddScoped(static provider => new SignInService(Pipeline(provider), provider.GetRequiredService<IPasswordHasher>(), provider.GetRequiredService<OneTimePasswordProtection>().Protector, provider.GetRequiredService<AuditPseudonyms>()));
        services.TryAddScoped(static provider => new OneTimePasswordService(Pipeline(provider), provider.GetRequiredService<OneTimePasswordProtection>().Protector));
        services.TryAddScoped(static provider => new OutboxDispatcher(
            provider.GetRequiredService<IOutbox>(),
            provider.GetRequiredService<IMailSender>(),
            provider.GetRequiredService<IClock>(),
            provider.GetRequiredService<ISecretGenerator>(),
            provider.GetRequiredService<AccountsPolicies>(),
            provider.GetRequiredService<AccountsTelemetry>(),
            Logger(provider, "Accounts.Outbox")));
        return new AccountsBuilder(services);
    }

    /// <summary>
    /// Registers the Accounts library with its options read from a configuration section
    /// (usually <c>builder.Configuration.GetSection("Accounts")</c>), then adjusted by
    /// <paramref name="configure"/>. Durations are ISO 8601 (<c>PT15M</c>, <c>P7D</c>) or time
    /// spans (<c>00:15:00</c>); <c>"Preset": "Nexi"</c> takes a portal's presets before the other
    /// keys adjust them. An unknown key or a bad value stops the host at start with the key's path.
    /// </summary>
    /// <param name="services">The host's service collection.</param>
    /// <param name="configuration">The section holding the library's keys.</param>
    /// <param name="configure">Adjusts the options after the section; runs last.</param>
    public static AccountsBuilder AddAccounts(this IServiceCollection services, IConfiguration configuration, Action<AccountsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddAccounts(options =>
        {
            AccountsConfiguration.Apply(configuration, options);
            configure?.Invoke(options);
        });
    }

    private static UseCasePipeline Pipeline(IServiceProvider provider) => provider.GetRequiredService<UseCasePipeline>();

    private static ILogger Logger(IServiceProvider provider, string category) =>
        provider.GetService<ILoggerFactory>()?.CreateLogger(category) ?? NullLogger.Instance;

    private static byte[] AuditPseudonymKey(IServiceProvider provider)
    {
        if (provider.GetRequiredService<IOptions<AccountsOptions>>().Value.AuditPseudonymKey is { } configured)
        {
            return configured.ToArray();
        }

        var drawn = new byte[32];
        provider.GetRequiredService<ISecretGenerator>().Fill(drawn);
        return drawn;
    }
}
