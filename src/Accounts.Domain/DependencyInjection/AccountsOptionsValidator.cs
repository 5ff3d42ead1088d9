using Accounts.Security;
using Accounts.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Accounts.DependencyInjection;

/// <summary>
/// The start-up check of a portal: a storage adapter that stores every kind of aggregate the
/// enabled features need, every port they need, and a key for one-time passwords when they are
/// on. Every problem is reported at once, each with what to do.
/// </summary>
internal sealed class AccountsOptionsValidator(IServiceProviderIsService services, IEnumerable<StorageAdapter> adapters) : IValidateOptions<AccountsOptions>
{
    public ValidateOptionsResult Validate(string? name, AccountsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var registered = adapters.ToList();
        var adapter = registered.Count == 1 ? registered[0] : null;
        if (registered.Count == 0)
        {
            failures.Add("No storage adapter is registered: add one after AddAccounts(), for example .AddInMemoryStores().");
        }
        else if (registered.Count > 1)
        {
            failures.Add($"Several storage adapters are registered ({string.Join(", ", registered)}); register one.");
        }

        foreach (var feature in AccountsFeatures.All.Where(f => f != AccountsFeatures.OneTimePasswords || options.OneTimePasswordsEnabled))
        {
            foreach (var type in feature.StoredTypes.Where(t => adapter is not null && !adapter.Stores(t)))
            {
                failures.Add($"The storage adapter '{adapter}' does not store '{type.Name}' aggregates, which the {feature.Name} feature needs.");
            }

            foreach (var port in feature.RequiredPorts.Where(p => !services.IsService(p) && !IsSuppliedByOptions(p, options)))
            {
                failures.Add(port == typeof(ISecretProtector)
                    ? "One-time passwords are on, but nothing encrypts their secrets: call options.UseSecretProtectionKey(key), register an ISecretProtector, or set OneTimePasswordsEnabled = false."
                    : $"The {feature.Name} feature needs an {port.Name}, and none is registered.");
            }
        }

        // Quotas that let an organization hold more accounts than serials would run out of IDs with seats to spare.
        if (options.SignInIdentifier.IssuesUserIds && !(options.Quotas.TotalLimit <= options.SignInIdentifier.SerialCount))
        {
            var seats = options.Quotas.TotalLimit is { } total ? $"{total} accounts" : "any number of accounts";
            failures.Add($"The quotas let an organization hold {seats}, but user IDs with {options.SignInIdentifier.SerialDigits}-digit serials number only {options.SignInIdentifier.SerialCount}: limit every member type in Quotas or raise SignInIdentifier.SerialDigits.");
        }

        if (options.SignInIdentifier.IssuesUserIds && options.Campaign is not null)
        {
            failures.Add("A migration campaign's cutover issues accounts that sign in with their e-mail addresses: a portal with a campaign keeps SignInIdentifier at EmailAddress.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsSuppliedByOptions(Type port, AccountsOptions options) =>
        port == typeof(ISecretProtector) && options.SecretProtectionKey is not null;
}
