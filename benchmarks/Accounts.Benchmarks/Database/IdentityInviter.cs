using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.Benchmarks.Database;

/// <summary>
/// The peer of the invite use case: what a host writes with ASP.NET Core Identity's EF Core
/// stores on the same server. One request scope per invitation, as in a web host; a user with
/// the invited address, a role for the member type and a claim for the organization, no password.
/// </summary>
internal sealed class IdentityInviter : IDisposable
{
    public const string OrganizationClaim = "organization";

    private readonly ServiceProvider _provider;

    public IdentityInviter(string connectionString)
    {
        ConnectionString = connectionString;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContextPool<IdentityBenchmarkContext>(options => options.UseNpgsql(connectionString));
        services.AddIdentityCore<IdentityUser>(options => options.User.RequireUniqueEmail = true)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityBenchmarkContext>();
        _provider = services.BuildServiceProvider();
    }

    public string ConnectionString { get; }

    /// <summary>Creates Identity's tables and the roles the invitations use.</summary>
    public async Task CreateAsync()
    {
        await using var scope = _provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentityBenchmarkContext>().Database.EnsureCreatedAsync();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in new[] { "Administrator", "General", "Applicant" })
        {
            Require(await roles.CreateAsync(new IdentityRole(role)), role);
        }
    }

    /// <summary>Invites: creates the user, gives it the role, and ties it to the organization.</summary>
    public async Task InviteAsync(string email, string organization, string role)
    {
        await using var scope = _provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email };
        Require(await users.CreateAsync(user), email);
        Require(await users.AddToRoleAsync(user, role), email);
        Require(await users.AddClaimAsync(user, new Claim(OrganizationClaim, organization)), email);
    }

    /// <summary>
    /// The quota as an Identity host would check it: count the organization's users of the role,
    /// then invite when a seat is left. Nothing stops two requests from both seeing the last seat.
    /// </summary>
    public async Task<bool> InviteIfSeatLeftAsync(string email, string organization, string role, int seats)
    {
        await using (var scope = _provider.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IdentityBenchmarkContext>();
            var taken = await context.UserClaims.CountAsync(c => c.ClaimType == OrganizationClaim && c.ClaimValue == organization);
            if (taken >= seats)
            {
                return false;
            }
        }

        await InviteAsync(email, organization, role);
        return true;
    }

    /// <summary>The number of users tied to an organization.</summary>
    public async Task<int> CountAsync(string organization)
    {
        await using var scope = _provider.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IdentityBenchmarkContext>();
        return await context.UserClaims.CountAsync(c => c.ClaimType == OrganizationClaim && c.ClaimValue == organization);
    }

    public void Dispose() => _provider.Dispose();

    private static void Require(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Identity refused {what}: {string.Join(", ", result.Errors.Select(e => e.Code))}");
        }
    }
}
