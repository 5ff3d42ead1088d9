using Accounts.Auditing;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Testing;

namespace Accounts.Domain.Tests.Organizations;

/// <summary>The organization findings of the adversarial review (hardening issue, points 5, 6, 17).</summary>
public sealed class OrganizationHardeningTests
{
    [Fact]
    [Trait("Req", "R-ORG-1")]
    public async Task AnonymousHeadOfficeRegistration_IsRefusedTheSameWayForKnownAndUnknownAddresses_AndReservesAndMailsNothing()
    {
        var portal = new TestPortal();
        var (organization, administrator) = await portal.RegisterOrganizationAsync("known@org.example.jp");
        var (members, mail, organizations) = (portal.Database.CountOf(MemberSnapshot.Aggregate), portal.Database.OutboxMessages.Count, portal.Database.CountOf(OrganizationSnapshot.Aggregate));

        var known = await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("known@org.example.jp"), ActorRef.Anonymous());
        var unknown = await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("stranger@elsewhere.example.jp"), ActorRef.Anonymous());
        var asMember = await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("another@elsewhere.example.jp"), ActorRef.Member(administrator));
        var after = (portal.Database.CountOf(MemberSnapshot.Aggregate), portal.Database.OutboxMessages.Count, portal.Database.CountOf(OrganizationSnapshot.Aggregate));
        var stillInvitable = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "stranger@elsewhere.example.jp", DisplayName = "S" });

        Assert.Equal(known.Errors.Select(e => (e.Code, e.Target)), unknown.Errors.Select(e => (e.Code, e.Target)));
        Assert.Equal(["permission.denied"], unknown.Errors.Select(e => e.Code));
        Assert.Equal(["permission.denied"], asMember.Errors.Select(e => e.Code));
        Assert.Equal((members, mail, organizations), after);
        Assert.True(stillInvitable.IsSuccess);
        Assert.Equal(organization, portal.Member(stillInvitable.Value.MemberId)!.OrganizationId);
    }

    [Fact]
    [Trait("Req", "R-ACC-4")]
    public async Task AnOrganizationWhoseFoundingInvitationExpired_IsRecoveredByAnOperatorsAuditedReissue()
    {
        var portal = new TestPortal();
        var registered = (await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("founder@org.example.jp"), ActorRef.Operator("operator-1"))).Value;
        var expiredToken = await portal.LatestTokenAsync("founder@org.example.jp");
        portal.Clock.Advance(portal.Policies.Invitations.Lifetime + NodaTime.Duration.FromSeconds(1));
        var expired = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = expiredToken, Password = TestPortal.Password });

        var byStranger = await portal.Organizations.ReissueAdministratorInvitationAsync(registered.AdministratorId, ActorRef.Anonymous());
        var reissued = await portal.Organizations.ReissueAdministratorInvitationAsync(registered.AdministratorId, ActorRef.Operator("operator-2"));
        var freshToken = await portal.LatestTokenAsync("founder@org.example.jp");
        var oldLink = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = expiredToken, Password = TestPortal.Password });
        var accepted = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = freshToken, Password = TestPortal.Password });
        var again = await portal.Organizations.ReissueAdministratorInvitationAsync(registered.AdministratorId, ActorRef.Operator("operator-2"));

        Assert.Equal("invitation.expired", expired.FirstError!.Code);
        Assert.Equal("permission.denied", byStranger.FirstError!.Code);
        Assert.Equal(portal.Clock.GetCurrentInstant() + portal.Policies.Invitations.Lifetime, reissued.Value.ExpiresAt);
        Assert.Equal("invitation.invalid", oldLink.FirstError!.Code);
        Assert.True(accepted.IsSuccess);
        Assert.Equal(MemberStatus.Active, portal.Member(registered.AdministratorId)!.Status);
        Assert.Equal(1, portal.Organization(registered.OrganizationId)!.Seats.ActiveAdministrators);
        Assert.Equal("invitation.not_pending", again.FirstError!.Code);
        Assert.Contains(portal.Database.AuditEntries, e => e.Action == OrganizationAuditActions.ReissueAdministratorInvitation && e.Outcome == AuditOutcome.Succeeded
            && e.Actor == ActorRef.Operator("operator-2") && e.Target == registered.AdministratorId.ToString() && e.OrganizationId == registered.OrganizationId);
    }

    [Fact]
    public async Task OnlyAnInvitedAdministratorsInvitation_IsReissued()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        var general = (await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "general@org.example.jp", DisplayName = "G" })).Value;

        var forGeneral = await portal.Organizations.ReissueAdministratorInvitationAsync(general.MemberId, ActorRef.System);
        var forNobody = await portal.Organizations.ReissueAdministratorInvitationAsync(MemberId.FromGuid(Guid.NewGuid()), ActorRef.System);

        Assert.Equal("invitation.not_pending", forGeneral.FirstError!.Code);
        Assert.Equal("member.not_found", forNobody.FirstError!.Code);
    }

    [Fact]
    public async Task ADefaultActor_IsMisuse_AndThrows()
    {
        var portal = new TestPortal();
        var (organization, administrator) = await portal.RegisterOrganizationAsync();

        await Assert.ThrowsAsync<ArgumentException>(async () => await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("x@org.example.jp"), default));
        await Assert.ThrowsAsync<ArgumentException>(async () => await portal.Organizations.RegisterUnitAsync(organization, OrganizationKind.Branch, TestPortal.Registration("y@org.example.jp"), default));
        await Assert.ThrowsAsync<ArgumentException>(async () => await portal.Organizations.ReissueAdministratorInvitationAsync(administrator, default));
        Assert.DoesNotContain(portal.Database.AuditEntries, e => !Enum.IsDefined(e.Actor.Kind));
    }
}
