using Accounts.Auditing;
using Accounts.Domain.Tests.UseCases;
using Accounts.InMemory;
using Accounts.Members;
using Accounts.Storage;
using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.Domain.Tests.Members;

public sealed class ConcurrencyConflictTests
{
    [Fact]
    public async Task APersistentConflict_IsRetriedABoundedNumberOfTimes_ThenReportedAndAudited()
    {
        var portal = new TestPortal(options => options.MaxCommitAttempts = 3);
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        var alwaysConflicting = new ConflictingFirstUnitOfWork(new InMemoryUnitOfWork(portal.Database), conflicts: int.MaxValue);
        var invitations = portal.With(services => services.AddSingleton<IUnitOfWork>(alwaysConflicting)).Invitations;

        var result = await invitations.InviteAsync(administrator, new InviteMember { Email = "busy@org.example.jp", DisplayName = "Busy" });

        Assert.Equal("concurrency.conflict", result.FirstError!.Code);
        Assert.Equal(3, alwaysConflicting.Attempts);
        Assert.Null(await portal.Store.FindMemberByEmailAsync("busy@org.example.jp"));
        var audit = portal.Database.AuditEntries[^1];
        Assert.Equal((MemberAuditActions.Invite, AuditOutcome.Failed, "concurrency.conflict"), (audit.Action, audit.Outcome, audit.Code));
    }

    [Fact]
    [Trait("Req", "R-ACC-6")]
    public async Task AcceptingWhileTheAccountChanges_IsAConflict_AndTheLinkStaysUsable()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "twice@org.example.jp", DisplayName = "Twice" });
        var token = await portal.LatestTokenAsync("twice@org.example.jp");
        var invitations = portal.With(services => services.AddSingleton<IUnitOfWork>(new ConflictingFirstUnitOfWork(new InMemoryUnitOfWork(portal.Database), conflicts: int.MaxValue))).Invitations;

        var conflicted = await invitations.AcceptInvitationAsync(new AcceptInvitation { Token = token, Password = TestPortal.Password });
        var retried = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = token, Password = TestPortal.Password });

        Assert.Equal("concurrency.conflict", conflicted.FirstError!.Code);
        Assert.True(retried.IsSuccess);
    }
}
