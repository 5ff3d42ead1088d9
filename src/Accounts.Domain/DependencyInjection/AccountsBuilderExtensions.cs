using Accounts.DependencyInjection;
using Accounts.Messages;
using Accounts.Time;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using NodaTime;

#pragma warning disable IDE0130 // Extension methods on the builder live beside AddAccounts so hosts find them without a using.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Optional parts of the Accounts library a host adds to <c>AddAccounts(…)</c>.</summary>
public static class AccountsBuilderExtensions
{
    /// <summary>
    /// Lets the host's <see cref="IStringLocalizer{T}"/> supply the texts of error and warning
    /// codes (keyed by code, arguments in braces); <see cref="AccountsMessageLocalizer"/> falls
    /// back to the message catalog for a code it does not know. Needs
    /// <c>services.AddLocalization</c> or another registration of <see cref="IStringLocalizer{T}"/>.
    /// </summary>
    /// <typeparam name="TResource">The host's resource type whose texts are keyed by code.</typeparam>
    /// <param name="builder">The builder <c>AddAccounts</c> returned.</param>
    public static AccountsBuilder UseStringLocalizer<TResource>(this AccountsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton(static provider => new AccountsStringLocalizer(provider.GetRequiredService<IStringLocalizer<TResource>>())));
        return builder;
    }

    /// <summary>
    /// Makes the library read time from a BCL <see cref="TimeProvider"/>, for example
    /// <c>FakeTimeProvider</c> in a host's tests. Replaces any clock registered before.
    /// </summary>
    /// <param name="builder">The builder <c>AddAccounts</c> returned.</param>
    /// <param name="time">The time provider.</param>
    public static AccountsBuilder UseTimeProvider(this AccountsBuilder builder, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(time);
        builder.Services.Replace(ServiceDescriptor.Singleton<IClock>(new TimeProviderClock(time)));
        return builder;
    }
}
