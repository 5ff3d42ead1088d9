using Accounts.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.DependencyInjection;

/// <summary>What encrypts TOTP secrets, chosen once: the host's <see cref="ISecretProtector"/>, or the default one over the options' key; none when one-time passwords are off.</summary>
/// <param name="Protector">The protector, or <see langword="null"/> when one-time passwords are off.</param>
internal sealed record OneTimePasswordProtection(ISecretProtector? Protector)
{
    public static ISecretProtector? Resolve(IServiceProvider provider)
    {
        var policies = provider.GetRequiredService<AccountsPolicies>();
        if (!policies.OneTimePasswordsEnabled)
        {
            return null;
        }

        return SecretProtection.FromServices(provider);
    }
}
