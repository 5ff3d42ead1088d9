using Accounts.Members;
using Accounts.Testing;

namespace Accounts.InMemory.Tests;

/// <summary>Many tasks against the in-memory stores at once: quotas and the last administrator hold (R-ACC-4, R-ACC-5).</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    [Trait("Req", "R-ACC-5")]
    public async Task AThousandParallelInvitations_IntoRoomFor99_EndWithExactly99()
    {
        var portal = new TestPortal(options => options.UseNexiPresets());
        var (organization, administrator) = await portal.RegisterOrganizationAsync("admin@nexi.example.jp");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 1_000).Select(i => Task.Run(async () =>
        {
            // A person whose request met a concurrent change submits it again; a full quota is final.
            while (true)
            {
                var result = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = $"applicant{i}@nexi.example.jp", DisplayName = $"A{i}", Type = MemberType.Applicant });
                if (!result.HasError("concurrency.conflict"))
                {
                    return result.FirstError?.Code ?? "ok";
                }
            }
        })));

        Assert.Equal(99, outcomes.Count(o => o == "ok"));
        Assert.Equal(901, outcomes.Count(o => o == "quota.reached"));
        Assert.Equal(99, portal.Organization(organization)!.Seats.Applicants);
        Assert.Equal(100, (await portal.Store.ListMembersAsync(organization, 0, 1000, default)).Total);
    }

    [Fact]
    [Trait("Req", "R-ACC-4")]
    public async Task AHundredParallelRemovalsOfAdministrators_LeaveAtLeastOne()
    {
        var portal = new TestPortal();
        var (organization, founder) = await portal.RegisterOrganizationAsync("admin0@org.example.jp");
        var administrators = new List<MemberId> { founder };
        for (var i = 1; i < 100; i++)
        {
            administrators.Add(await portal.InviteAndAcceptAsync(founder, $"admin{i}@org.example.jp", MemberType.Administrator));
        }

        // Every administrator deletes another one, all at once; some delete the actor of another removal.
        var outcomes = await Task.WhenAll(administrators.Select((actor, i) => Task.Run(async () =>
        {
            while (true)
            {
                var result = await portal.Members.DeleteAsync(actor, administrators[(i + 1) % administrators.Count]);
                if (!result.HasError("concurrency.conflict"))
                {
                    return result.FirstError?.Code ?? "ok";
                }
            }
        })));

        var seats = portal.Organization(organization)!.Seats;
        var remaining = (await portal.Store.ListMembersAsync(organization, 0, 1000, default)).Items;
        Assert.True(seats.EnabledAdministrators >= 1);
        Assert.Equal(remaining.Count, seats.Administrators);
        Assert.Equal(100 - outcomes.Count(o => o == "ok"), remaining.Count);
        Assert.All(outcomes, o => Assert.Contains(o, new[] { "ok", "member.last_administrator", "member.not_found", "permission.actor_unknown" }));
    }
}
