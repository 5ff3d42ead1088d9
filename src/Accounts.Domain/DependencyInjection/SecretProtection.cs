using Accounts.Secrets;
using Accounts.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Accounts.DependencyInjection;

/// <summary>What encrypts secrets at rest: the host's <see cref="ISecretProtector"/>, else the default one over the options' key, else none.</summary>
internal static class SecretProtection
{
    public static ISecretProtector? FromServices(IServiceProvider provider)
    {
        var key = provider.GetRequiredService<IOptions<AccountsOptions>>().Value.SecretProtectionKey;
        return provider.GetService<ISecretProtector>()
            ?? (key is { } bytes ? new AesGcmSecretProtector(bytes.Span, provider.GetRequiredService<ISecretGenerator>()) : null);
    }
}
