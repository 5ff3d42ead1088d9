using Microsoft.AspNetCore.Identity;

namespace Accounts.Benchmarks;

/// <summary>The smallest user store ASP.NET Core Identity's peers run on: one user, an authenticator key.</summary>
internal sealed class BenchmarkUserStore : IUserAuthenticatorKeyStore<BenchmarkUser>
{
    public Task<string?> GetAuthenticatorKeyAsync(BenchmarkUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.AuthenticatorKey);

    public Task SetAuthenticatorKeyAsync(BenchmarkUser user, string key, CancellationToken cancellationToken)
    {
        user.AuthenticatorKey = key;
        return Task.CompletedTask;
    }

    public Task<string> GetUserIdAsync(BenchmarkUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

    public Task<string?> GetUserNameAsync(BenchmarkUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(BenchmarkUser user, string? userName, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string?> GetNormalizedUserNameAsync(BenchmarkUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName.ToUpperInvariant());

    public Task SetNormalizedUserNameAsync(BenchmarkUser user, string? normalizedName, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IdentityResult> CreateAsync(BenchmarkUser user, CancellationToken cancellationToken) => Task.FromResult(IdentityResult.Success);

    public Task<IdentityResult> UpdateAsync(BenchmarkUser user, CancellationToken cancellationToken) => Task.FromResult(IdentityResult.Success);

    public Task<IdentityResult> DeleteAsync(BenchmarkUser user, CancellationToken cancellationToken) => Task.FromResult(IdentityResult.Success);

    public Task<BenchmarkUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) => Task.FromResult<BenchmarkUser?>(null);

    public Task<BenchmarkUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => Task.FromResult<BenchmarkUser?>(null);

    public void Dispose()
    {
    }
}
