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
    public async Task ALostUpdate_OfAnOrganizationOrAMembership_IsReportedAsAConflict_NeverAsSuccess()
    {
        var portal = new TestPortal(options => options.MaxCommitAttempts = 2);
        var (organization, administrator) = await portal.RegisterOrganizationAsync();
        var general = await portal.InviteAndAcceptAsync(administrator, "user@org.example.jp");
        var conflicting = portal.With(services => services.AddSingleton<IUnitOfWork>(new ConflictingFirstUnitOfWork(new InMemoryUnitOfWork(portal.Database), conflicts: int.MaxValue)));
        var profileBefore = portal.Organization(organization)!.Profile;

        var profile = await conflicting.Organizations.UpdateProfileAsync(administrator, organization, TestPortal.ValidProfile with { RepresentativeTitle = "代表取締役会長" });
        var disabled = await conflicting.Members.DisableAsync(administrator, general);
        var changed = await conflicting.Members.ChangeTypeAsync(administrator, general, MemberType.ExternalInvited);

        Assert.Equal(("concurrency.conflict", "concurrency.conflict", "concurrency.conflict"), (profile.FirstError?.Code, disabled.FirstError?.Code, changed.FirstError?.Code));
        Assert.Equal(profileBefore, portal.Organization(organization)!.Profile);
        Assert.Equal((MemberType.General, MemberStatus.Active), (portal.Member(general)!.Type, portal.Member(general)!.Status));
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
