using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Accounts.Benchmarks;

/// <summary>Builds the ASP.NET Core Identity pieces the peers need, over an in-memory user store.</summary>
internal static class IdentityPeer
{
    public static UserManager<BenchmarkUser> UserManager(IOptions<IdentityOptions> options, IUserStore<BenchmarkUser>? store = null) =>
        new(
            store ?? new BenchmarkUserStore(),
            options,
            new PasswordHasher<BenchmarkUser>(),
            [],
            [],
            new UpperInvariantLookupNormalizer(),
            new IdentityErrorDescriber(),
            new ServiceCollection().BuildServiceProvider(),
            NullLogger<UserManager<BenchmarkUser>>.Instance);
}
