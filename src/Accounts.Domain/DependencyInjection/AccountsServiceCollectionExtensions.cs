using Accounts.DependencyInjection;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.Permissions;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.SignIn;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

#pragma warning disable IDE0130 // Extension methods on IServiceCollection live in its namespace so hosts find them without a using.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the Accounts library in a host's service collection.</summary>
public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Accounts use cases (scoped), their policies, the system clock, the
    /// cryptographic secret generator, the PBKDF2 password hasher, the built-in password
    /// blocklist, the organization code generator and the outbox dispatcher. Add a storage
    /// adapter to the returned builder, for example <c>.AddInMemoryStores()</c>.
    /// </summary>
    /// <remarks>
    /// Every infrastructure service is registered only when the host has not registered its
    /// own: <see cref="IClock"/>, <see cref="ISecretGenerator"/>, <see cref="IPasswordHasher"/>,
    /// <see cref="IPasswordBlocklist"/>, <see cref="IOrganizationCodeGenerator"/> and
    /// <see cref="ISecretProtector"/>. The default secret protector needs
    /// <see cref="AccountsOptions.UseSecretProtectionKey"/>.
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
        services.TryAddSingleton<IPasswordHasher>(provider => new Pbkdf2PasswordHasher(provider.GetRequiredService<ISecretGenerator>(), options.PasswordHashing));
        services.TryAddSingleton<IPasswordBlocklist>(CommonPasswordBlocklist.Instance);
        services.TryAddSingleton<IOrganizationCodeGenerator>(provider => new RandomOrganizationCodeGenerator(provider.GetRequiredService<ISecretGenerator>()));
        services.TryAddSingleton<ISecretProtector>(provider => options.SecretProtectionKey is { } key
            ? new AesGcmSecretProtector(key.Span, provider.GetRequiredService<ISecretGenerator>())
            : throw new InvalidOperationException(
                "One-time passwords need a key to encrypt their secrets: call options.UseSecretProtectionKey(key) in AddAccounts, or register an ISecretProtector."));

        services.TryAddScoped<OrganizationService>();
        services.TryAddScoped<MembershipService>();
        services.TryAddScoped<AccessService>();
        services.TryAddScoped<PasswordService>();
        services.TryAddScoped<SignInService>();
        services.TryAddScoped<OneTimePasswordService>();
        services.TryAddScoped<OutboxDispatcher>();
        return new AccountsBuilder(services);
    }
}
