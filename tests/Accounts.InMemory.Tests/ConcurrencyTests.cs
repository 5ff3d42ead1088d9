using Accounts.Members;
using Accounts.Storage;
using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.InMemory.Tests;

/// <summary>
/// Many requests against the in-memory stores at once, each given to the other tasks between its
/// reads and its commit as a database round trip would: quotas and the last administrator hold
/// (R-ACC-4, R-ACC-5), and nobody is told of a conflict the library could have waited out.
/// </summary>
public sealed class ConcurrencyTests
{
    [Fact]
    [Trait("Req", "R-ACC-5")]
    public async Task ABurstOf300Invitations_IntoRoomFor99_Ends99Invited_201QuotaReached_NoConflict()
    {
        using var portal = new TestPortal(options => options.UseNexiPresets());
        var (organization, administrator) = await portal.RegisterOrganizationAsync("admin@nexi.example.jp");
        var interleaving = new InterleavingUnitOfWork(new InMemoryUnitOfWork(portal.Database));
        using var burst = portal.With(services: services => services.AddSingleton<IUnitOfWork>(interleaving));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(async () =>
        {
            var result = await burst.Invitations.InviteAsync(administrator, new InviteMember { Email = $"applicant{i}@nexi.example.jp", DisplayName = $"A{i}", Type = MemberType.Applicant });
            return result.FirstError?.Code ?? "ok";
        })));

        Assert.True(interleaving.Conflicts > 0, "the burst provoked no conflict, so it proved nothing");
        Assert.Equal(
            new Dictionary<string, int> { ["ok"] = 99, ["quota.reached"] = 201 },
            outcomes.GroupBy(code => code).ToDictionary(group => group.Key, group => group.Count()));
        Assert.Equal(99, portal.Organization(organization)!.Seats.Applicants);
        Assert.Equal(100, (await portal.Store.ListMembersAsync(organization, 0, 1000, default)).Total);
    }

    [Fact]
    [Trait("Req", "R-ACC-4")]
    public async Task AHundredParallelRemovalsOfAdministrators_LeaveAtLeastOne_AndNoConflict()
    {
        using var portal = new TestPortal();
        var (organization, founder) = await portal.RegisterOrganizationAsync("admin0@org.example.jp");
        var administrators = new List<MemberId> { founder };
        for (var i = 1; i < 100; i++)
        {
            administrators.Add(await portal.InviteAndAcceptAsync(founder, $"admin{i}@org.example.jp", MemberType.Administrator));
        }

        var interleaving = new InterleavingUnitOfWork(new InMemoryUnitOfWork(portal.Database));
        using var burst = portal.With(services: services => services.AddSingleton<IUnitOfWork>(interleaving));

        // Every administrator deletes another one, all at once; some delete the actor of another removal.
        var outcomes = await Task.WhenAll(administrators.Select((actor, i) => Task.Run(async () =>
            (await burst.Members.DeleteAsync(actor, administrators[(i + 1) % administrators.Count])).FirstError?.Code ?? "ok")));

        var seats = portal.Organization(organization)!.Seats;
        var remaining = (await portal.Store.ListMembersAsync(organization, 0, 1000, default)).Items;
        Assert.True(interleaving.Conflicts > 0, "the removals provoked no conflict, so they proved nothing");
        Assert.True(seats.EnabledAdministrators >= 1);
        Assert.Equal(remaining.Count, seats.Administrators);
        Assert.Equal(100 - outcomes.Count(o => o == "ok"), remaining.Count);
        Assert.All(outcomes, o => Assert.Contains(o, new[] { "ok", "member.last_administrator", "member.not_found", "permission.actor_unknown" }));
    }
}
