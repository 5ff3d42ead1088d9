using Accounts.Auditing;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Testing;
using NodaTime;

namespace Accounts.Domain.Tests.Members;

public sealed class MemberServicesTests
{
    [Fact]
    [Trait("Req", "R-ACC-6")]
    [Trait("Req", "R-ACC-1")]
    public async Task Invite_CreatesAnInvitedAccount_WritesTheMailToTheOutbox_AndAudits()
    {
        var portal = new TestPortal();
        var (organization, administrator) = await portal.RegisterOrganizationAsync();

        var result = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "Tanaka@Org.Example.JP", DisplayName = "田中 二郎" });

        Assert.True(result.IsSuccess);
        Assert.Equal(("tanaka@org.example.jp", MemberType.General), (result.Value.Email, result.Value.Type));
        Assert.Equal(portal.Clock.GetCurrentInstant() + Duration.FromDays(7), result.Value.ExpiresAt);
        var account = portal.Member(result.Value.MemberId)!;
        Assert.Equal(MemberStatus.Invited, account.Status);
        Assert.Null(account.Credential);
        Assert.Equal(2, portal.Organization(organization)!.Seats.Total);
        var mail = portal.Database.OutboxMessages[^1];
        Assert.Equal((MemberMailTemplates.Invitation, "tanaka@org.example.jp"), (mail.Template, mail.To.Single()));
        var audit = portal.Database.AuditEntries[^1];
        Assert.Equal((MemberAuditActions.Invite, AuditOutcome.Succeeded, ActorRef.Member(administrator), result.Value.MemberId.ToString(), organization), (audit.Action, audit.Outcome, audit.Actor, audit.Target, audit.OrganizationId!.Value));
        Assert.Equal(portal.Clock.GetCurrentInstant(), audit.At);
    }

    [Fact]
    [Trait("Req", "R-ACC-6")]
    public async Task Accept_WithTheMailedToken_ActivatesTheAccount_AndWorksOnce()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        var invited = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "tanaka@org.example.jp", DisplayName = "田中" });
        var token = await portal.LatestTokenAsync("tanaka@org.example.jp");

        var first = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = token, Password = TestPortal.Password });
        var second = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = token, Password = TestPortal.Password });

        Assert.Equal(invited.Value.MemberId, first.Value);
        var account = portal.Member(first.Value)!;
        Assert.Equal(MemberStatus.Active, account.Status);
        Assert.Null(account.Invitation);
        Assert.NotNull(account.Credential);
        Assert.Equal("invitation.invalid", second.FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-ACC-6")]
    [Trait("Req", "R-TIME-2")]
    public async Task Accept_AfterTheLifetime_IsExpired_AndResendStartsANewLifetime()
    {
        var portal = new TestPortal(options => options.Invitations = InvitationPolicy.Default with { Lifetime = Duration.FromDays(3) });
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        var invited = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "late@org.example.jp", DisplayName = "Late" });
        var oldToken = await portal.LatestTokenAsync("late@org.example.jp");

        portal.Clock.AdvanceDays(3);
        var expired = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = oldToken, Password = TestPortal.Password });
        var resent = await portal.Invitations.ResendInvitationAsync(administrator, invited.Value.MemberId);
        var newToken = await portal.LatestTokenAsync("late@org.example.jp");
        var withOldToken = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = oldToken, Password = TestPortal.Password });
        var withNewToken = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = newToken, Password = TestPortal.Password });

        Assert.Equal("invitation.expired", expired.FirstError!.Code);
        Assert.Equal(portal.Clock.GetCurrentInstant() + Duration.FromDays(3), resent.Value.ExpiresAt);
        Assert.Equal("invitation.invalid", withOldToken.FirstError!.Code);
        Assert.True(withNewToken.IsSuccess);
    }

    [Theory]
    [Trait("Req", "R-ACC-6")]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Accept_WithAMalformedOrUnknownToken_IsInvalid(string token)
    {
        var portal = new TestPortal();

        var result = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = token, Password = TestPortal.Password });

        Assert.Equal("invitation.invalid", result.FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-ACC-6")]
    public async Task Accept_WithATamperedSecret_IsInvalid()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "t@org.example.jp", DisplayName = "T" });
        var token = await portal.LatestTokenAsync("t@org.example.jp");
        var tampered = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');

        var result = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = tampered, Password = TestPortal.Password });

        Assert.Equal("invitation.invalid", result.FirstError!.Code);
        var audit = portal.Database.AuditEntries[^1];
        Assert.Equal((MemberAuditActions.AcceptInvitation, AuditOutcome.Failed, ActorKind.Anonymous), (audit.Action, audit.Outcome, audit.Actor.Kind));
    }

    [Fact]
    [Trait("Req", "R-PWD-1")]
    [Trait("Req", "R-PWD-3")]
    public async Task Accept_WithAWeakPassword_ReportsEveryRule_AndKeepsTheInvitation()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        var invited = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "weak@org.example.jp", DisplayName = "Weak" });
        var token = await portal.LatestTokenAsync("weak@org.example.jp");

        var weak = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = token, Password = "abc" });
        var strong = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = token, Password = TestPortal.Password });

        Assert.Equal(["password.too_short", "password.requires_upper", "password.requires_digit", "password.requires_symbol"], weak.Errors.Select(e => e.Code));
        Assert.True(strong.IsSuccess);
        Assert.Equal(invited.Value.MemberId, strong.Value);
    }

    [Fact]
    [Trait("Req", "R-ACC-6")]
    [Trait("Req", "R-ACC-2")]
    public async Task AnExternalInvitedUser_IsToldByMail_WhatAnExternalInvitationMeans()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();

        await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "insurer@sonpo.example.jp", DisplayName = "Insurer", Type = MemberType.ExternalInvited, Language = "en" });
        await portal.Dispatcher.DispatchAsync();

        var mail = Assert.Single(portal.Mail.DeliveredTo("insurer@sonpo.example.jp"));
        Assert.Contains("external user", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("they do not register, apply or manage its users", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Req", "R-ACC-6")]
    public async Task Revoke_WithdrawsTheInvitation_FreesTheSeat_AndTheLinkStopsWorking()
    {
        var portal = new TestPortal();
        var (organization, administrator) = await portal.RegisterOrganizationAsync();
        var invited = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "gone@org.example.jp", DisplayName = "Gone" });
        var token = await portal.LatestTokenAsync("gone@org.example.jp");

        var revoked = await portal.Invitations.RevokeInvitationAsync(administrator, invited.Value.MemberId);
        var accepted = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = token, Password = TestPortal.Password });

        Assert.True(revoked.IsSuccess);
        Assert.Null(portal.Member(invited.Value.MemberId));
        Assert.Equal(1, portal.Organization(organization)!.Seats.Total);
        Assert.Equal("invitation.invalid", accepted.FirstError!.Code);
        var again = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "gone@org.example.jp", DisplayName = "Gone" });
        Assert.True(again.IsSuccess);
    }

    [Fact]
    [Trait("Req", "R-ACC-6")]
    public async Task Revoke_OfAnActiveAccount_IsATransitionTheTableDoesNotAllow()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        var general = await portal.InviteAndAcceptAsync(administrator, "g@org.example.jp");

        var result = await portal.Invitations.RevokeInvitationAsync(administrator, general);

        Assert.Equal("workflow.transition_not_allowed", result.FirstError!.Code);
        Assert.Equal("Active", result.FirstError.ArgumentValue("state"));
    }

    [Fact]
    [Trait("Req", "R-ACC-2")]
    public async Task AGeneralUser_CannotInviteEditOrDelete()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        var general = await portal.InviteAndAcceptAsync(administrator, "general@org.example.jp");
        var other = await portal.InviteAndAcceptAsync(administrator, "other@org.example.jp");

        var codes = new[]
        {
            (await portal.Invitations.InviteAsync(general, new InviteMember { Email = "x@org.example.jp", DisplayName = "X" })).FirstError!.Code,
            (await portal.Members.ChangeTypeAsync(general, other, MemberType.Administrator)).FirstError!.Code,
            (await portal.Members.DisableAsync(general, other)).FirstError!.Code,
            (await portal.Members.DeleteAsync(general, other)).FirstError!.Code,
            (await portal.Members.ListMembersAsync(general)).FirstError!.Code,
        };

        Assert.All(codes, code => Assert.Equal("permission.denied", code));
        Assert.Equal(5, portal.Database.AuditEntries.Count(e => e.Outcome == AuditOutcome.Denied && e.Actor == ActorRef.Member(general)));
    }

    [Fact]
    [Trait("Req", "R-ACC-2")]
    public async Task AnExternalInvitedUser_UsesServices_ButCannotApplyOrManageUsers()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        var external = await portal.InviteAndAcceptAsync(administrator, "ext@sonpo.example.jp", MemberType.ExternalInvited);

        Assert.True((await portal.Access.AuthorizeAsync(external, Accounts.Permissions.PermissionAction.UseServices)).IsSuccess);
        Assert.Equal("permission.denied", (await portal.Access.AuthorizeAsync(external, Accounts.Permissions.PermissionAction.ApplyForServices)).FirstError!.Code);
        Assert.Equal("permission.denied", (await portal.Access.AuthorizeAsync(external, Accounts.Permissions.PermissionAction.PreRegisterOrganization)).FirstError!.Code);
        Assert.Equal("permission.denied", (await portal.Invitations.InviteAsync(external, new InviteMember { Email = "x@sonpo.example.jp", DisplayName = "X" })).FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-ACC-4")]
    public async Task SeveralAdministrators_AreAllowed_ButTheLastOneCannotBeDeletedDemotedOrDisabled()
    {
        var portal = new TestPortal();
        var (organization, first) = await portal.RegisterOrganizationAsync();
        var second = await portal.InviteAndAcceptAsync(first, "second@org.example.jp", MemberType.Administrator);

        var deleted = await portal.Members.DeleteAsync(second, first);
        var selfDelete = await portal.Members.DeleteAsync(second, second);
        var selfDemote = await portal.Members.ChangeTypeAsync(second, second, MemberType.General);

        Assert.True(deleted.IsSuccess);
        Assert.Equal("member.last_administrator", selfDelete.FirstError!.Code);
        Assert.Equal("member.last_administrator", selfDemote.FirstError!.Code);
        Assert.Equal(1, portal.Organization(organization)!.Seats.ActiveAdministrators);
        Assert.Equal(MemberType.Administrator, portal.Member(second)!.Type);
    }

    [Fact]
    [Trait("Req", "R-ACC-4")]
    public async Task AnAdministratorWhoNeverAccepted_DoesNotCountAsTheRemainingAdministrator()
    {
        var portal = new TestPortal();
        var (organization, active) = await portal.RegisterOrganizationAsync();
        var invited = (await portal.Invitations.InviteAsync(active, new InviteMember { Email = "invited@org.example.jp", DisplayName = "Invited", Type = MemberType.Administrator })).Value.MemberId;

        var selfDelete = await portal.Members.DeleteAsync(active, active);
        var selfDemote = await portal.Members.ChangeTypeAsync(active, active, MemberType.General);
        var selfDisable = await portal.Members.DisableAsync(active, active);

        Assert.All(new[] { selfDelete.FirstError, selfDemote.FirstError, selfDisable.FirstError }, e => Assert.Equal("member.last_administrator", e!.Code));
        Assert.Equal((MemberType.Administrator, MemberStatus.Active), (portal.Member(active)!.Type, portal.Member(active)!.Status));
        Assert.Equal(new SeatCounts(2, 0, 0, 0, 0, InvitedAdministrators: 1), portal.Organization(organization)!.Seats);

        // Once the second administrator accepts, the first may leave.
        await portal.AcceptAsync("invited@org.example.jp");
        Assert.True((await portal.Members.DeleteAsync(active, active)).IsSuccess);
        Assert.Equal(new SeatCounts(1, 0, 0, 0, 0), portal.Organization(organization)!.Seats);
        Assert.Equal(MemberStatus.Active, portal.Member(invited)!.Status);
    }

    [Fact]
    [Trait("Req", "R-ACC-4")]
    public async Task Disable_KeepsTheSeat_ADisabledAccountCannotAct_AndEnableRestoresIt()
    {
        var portal = new TestPortal();
        var (organization, first) = await portal.RegisterOrganizationAsync();
        var second = await portal.InviteAndAcceptAsync(first, "second@org.example.jp", MemberType.Administrator);

        var disabled = await portal.Members.DisableAsync(first, second);
        var actsWhileDisabled = await portal.Invitations.InviteAsync(second, new InviteMember { Email = "x@org.example.jp", DisplayName = "X" });
        var lastDisabled = await portal.Members.DisableAsync(first, first);
        var enabled = await portal.Members.EnableAsync(first, second);

        Assert.Equal(MemberStatus.Disabled, disabled.Value.Status);
        Assert.Equal("permission.actor_inactive", actsWhileDisabled.FirstError!.Code);
        Assert.Equal("member.last_administrator", lastDisabled.FirstError!.Code);
        Assert.Equal(MemberStatus.Active, enabled.Value.Status);
        Assert.Equal(new SeatCounts(2, 0, 0, 0, 0), portal.Organization(organization)!.Seats);
    }

    [Fact]
    [Trait("Req", "R-ACC-5")]
    public async Task Nexi_IssuesOneAdministratorId_AndUpTo99ApplicantIds_PendingInvitationsIncluded()
    {
        var portal = new TestPortal(options => options.UseNexiPresets());
        var (organization, administrator) = await portal.RegisterOrganizationAsync("admin@nexi.example.jp");

        for (var i = 0; i < 99; i++)
        {
            var registered = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = $"applicant{i}@nexi.example.jp", DisplayName = $"Applicant {i}", Type = MemberType.Applicant });
            Assert.True(registered.IsSuccess, string.Join(", ", registered.Errors));
        }

        var hundredth = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "applicant99@nexi.example.jp", DisplayName = "Applicant 99", Type = MemberType.Applicant });
        var secondAdministrator = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "admin2@nexi.example.jp", DisplayName = "Admin 2", Type = MemberType.Administrator });

        Assert.Equal("quota.reached", hundredth.FirstError!.Code);
        Assert.Equal("99", hundredth.FirstError.ArgumentValue("limit"));
        Assert.Equal("permission.denied", secondAdministrator.FirstError!.Code);
        Assert.Equal(99, portal.Organization(organization)!.Seats.Applicants);
        Assert.Equal(100, portal.Database.CountOf(MemberSnapshot.Aggregate));
    }

    [Fact]
    [Trait("Req", "R-ACC-5")]
    public async Task Quota_AppliesToTypeChanges_AndFreedSeatsCanBeReused()
    {
        var portal = new TestPortal(options => options.Quotas = QuotaPolicy.ClassNk with { MaxGeneralUsers = 1 });
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        var general = await portal.InviteAndAcceptAsync(administrator, "g1@org.example.jp");
        var external = await portal.InviteAndAcceptAsync(administrator, "e1@org.example.jp", MemberType.ExternalInvited);

        var full = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "g2@org.example.jp", DisplayName = "G2" });
        var promote = await portal.Members.ChangeTypeAsync(administrator, external, MemberType.General);
        await portal.Members.DeleteAsync(administrator, general);
        var afterDelete = await portal.Members.ChangeTypeAsync(administrator, external, MemberType.General);

        Assert.Equal("quota.reached", full.FirstError!.Code);
        Assert.Equal("quota.reached", promote.FirstError!.Code);
        Assert.Equal(MemberType.General, afterDelete.Value.Type);
    }

    [Fact]
    [Trait("Req", "R-ACC-8")]
    public async Task NobodyReachesAnotherOrganizationsAccounts()
    {
        var portal = new TestPortal();
        var (organizationA, administratorA) = await portal.RegisterOrganizationAsync("admin@a.example.jp");
        var memberA = await portal.InviteAndAcceptAsync(administratorA, "member@a.example.jp");
        var (_, administratorB) = await portal.RegisterOrganizationAsync("admin@b.example.jp");

        var codes = new[]
        {
            (await portal.Invitations.InviteAsync(administratorB, new InviteMember { Email = "x@b.example.jp", DisplayName = "X", OrganizationId = organizationA })).FirstError!.Code,
            (await portal.Members.DeleteAsync(administratorB, memberA)).FirstError!.Code,
            (await portal.Members.DisableAsync(administratorB, memberA)).FirstError!.Code,
            (await portal.Members.ChangeTypeAsync(administratorB, memberA, MemberType.Administrator)).FirstError!.Code,
            (await portal.Members.ListMembersAsync(administratorB, organizationA)).FirstError!.Code,
            (await portal.Access.AuthorizeAsync(administratorB, Accounts.Permissions.PermissionAction.UseServices, organizationA)).FirstError!.Code,
        };

        Assert.All(codes, code => Assert.Equal("permission.outside_organization", code));
        Assert.Equal(MemberStatus.Active, portal.Member(memberA)!.Status);
    }

    [Fact]
    [Trait("Req", "R-ACC-8")]
    public async Task HeadOfficeAdministrators_ManageTheirUnits_OnlyWhenTheHostAllowsIt()
    {
        var strict = new TestPortal();
        var lenient = new TestPortal(options => options.ManagementScope = ManagementScope.OwnOrganizationAndUnits);
        var outcomes = new List<(string, string?)>();
        foreach (var portal in new[] { strict, lenient })
        {
            var (headOffice, headAdministrator) = await portal.RegisterOrganizationAsync("admin@hq.example.jp");
            var (branch, branchAdministrator) = await portal.RegisterUnitAsync(headOffice, "admin@branch.example.jp");
            var down = await portal.Invitations.InviteAsync(headAdministrator, new InviteMember { Email = "staff@branch.example.jp", DisplayName = "Staff", OrganizationId = branch });
            var up = await portal.Invitations.InviteAsync(branchAdministrator, new InviteMember { Email = "staff@hq.example.jp", DisplayName = "Staff", OrganizationId = headOffice });
            outcomes.Add((down.FirstError?.Code ?? "ok", up.FirstError?.Code));
        }

        Assert.Equal([("permission.outside_organization", "permission.outside_organization"), ("ok", "permission.outside_organization")], outcomes);
    }

    [Fact]
    public async Task ListMembers_ShowsEveryAccountOrderedByAddress_WithExpiredInvitationsMarked()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync("b-admin@org.example.jp");
        await portal.InviteAndAcceptAsync(administrator, "c-general@org.example.jp");
        await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "a-pending@org.example.jp", DisplayName = "Pending" });
        portal.Clock.AdvanceDays(8);

        var list = await portal.Members.ListMembersAsync(administrator);

        Assert.Equal(3, list.Value.Total);
        Assert.Equal(["a-pending@org.example.jp", "b-admin@org.example.jp", "c-general@org.example.jp"], list.Value.Members.Select(m => m.Email));
        Assert.True(list.Value.Members[0].InvitationExpired);
        Assert.Equal(2, (await portal.Members.ListMembersAsync(administrator, offset: 1, limit: 5)).Value.Members.Count);
    }

    public static TheoryData<string?, string?, string> BadInvitations => new()
    {
        { null, "Name", "field.required" },
        { "", "Name", "field.required" },
        { "   ", "Name", "field.required" },
        { "not-an-address", "Name", "email.invalid" },
        { "a@b", "Name", "email.invalid" },
        { "taro@example.jp", null, "field.required" },
        { "taro@example.jp", " ", "field.required" },
        { "taro@example.jp", "Taro\u0007", "field.invalid_character" },
        { "taro@example.jp", new string('x', 51), "field.too_long" },
    };

    [Theory]
    [MemberData(nameof(BadInvitations))]
    public async Task BadInput_IsATypedError_AndNothingIsSaved(string? email, string? name, string code)
    {
        var portal = new TestPortal();
        var (organization, administrator) = await portal.RegisterOrganizationAsync();
        var before = (portal.Database.CountOf(MemberSnapshot.Aggregate), portal.Database.OutboxMessages.Count, portal.Organization(organization)!.Version);

        var result = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = email, DisplayName = name });

        Assert.Equal(code, result.FirstError!.Code);
        Assert.Equal(before, (portal.Database.CountOf(MemberSnapshot.Aggregate), portal.Database.OutboxMessages.Count, portal.Organization(organization)!.Version));
    }

    [Fact]
    public async Task HugeStringsControlCharactersAndLoneSurrogates_AreTypedErrors()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();

        var huge = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = new string('a', 1 << 20), DisplayName = new string('b', 1 << 20) });
        var surrogate = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "taro@example.jp", DisplayName = "Taro" + '\uD800' });

        Assert.Equal(["field.too_long", "field.too_long"], huge.Errors.Select(e => e.Code));
        Assert.Equal("field.invalid_character", surrogate.FirstError!.Code);
        Assert.Equal(1, portal.Database.CountOf(MemberSnapshot.Aggregate));
    }

    [Fact]
    [Trait("Req", "R-ACC-1")]
    public async Task AnAddressIdentifiesOneAccountAcrossThePortal_WhateverItsCase()
    {
        var portal = new TestPortal();
        var (_, administratorA) = await portal.RegisterOrganizationAsync("admin@a.example.jp");
        await portal.Invitations.InviteAsync(administratorA, new InviteMember { Email = "person@shared.example.jp", DisplayName = "P" });

        var result = await portal.Invitations.InviteAsync(administratorA, new InviteMember { Email = "PERSON@shared.example.jp", DisplayName = "P" });

        Assert.Equal("member.email_taken", result.FirstError!.Code);
    }

    [Fact]
    public async Task InvitingAnAddressOfAnotherOrganization_AnswersAsForANewAddress_StoresNothing_AndTellsNobody()
    {
        var portal = new TestPortal();
        var (organizationA, administratorA) = await portal.RegisterOrganizationAsync("admin@a.example.jp");
        var (organizationB, administratorB) = await portal.RegisterOrganizationAsync("admin@b.example.jp");
        var existing = await portal.InviteAndAcceptAsync(administratorA, "person@shared.example.jp");
        var mailBefore = portal.Database.OutboxMessages.Count;

        var taken = await portal.Invitations.InviteAsync(administratorB, new InviteMember { Email = "PERSON@shared.example.jp", DisplayName = "P" });
        var fresh = await portal.Invitations.InviteAsync(administratorB, new InviteMember { Email = "nobody@shared.example.jp", DisplayName = "P" });

        Assert.True(taken.IsSuccess);
        Assert.Equal((fresh.Value.OrganizationId, fresh.Value.Type, fresh.Value.ExpiresAt), (taken.Value.OrganizationId, taken.Value.Type, taken.Value.ExpiresAt));
        Assert.Equal(fresh.Warnings, taken.Warnings);
        Assert.Null(portal.Member(taken.Value.MemberId));
        Assert.Equal(organizationA, portal.Member(existing)!.OrganizationId);
        Assert.Equal(mailBefore + 1, portal.Database.OutboxMessages.Count);
        Assert.DoesNotContain(portal.Database.OutboxMessages.Skip(mailBefore), m => m.To.Contains("person@shared.example.jp"));
        Assert.Contains(portal.Database.AuditEntries, e => e.Action == MemberAuditActions.Invite && e.Outcome == Accounts.Auditing.AuditOutcome.Failed && e.Code == "member.email_taken" && e.OrganizationId == organizationB);
    }

    [Fact]
    public async Task UnknownIdentifiersInvalidTypesAndLanguages_AreTypedErrors_AndDefaultsAreMisuse()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        var stranger = MemberId.FromGuid(Guid.NewGuid());

        Assert.Equal("permission.actor_unknown", (await portal.Invitations.InviteAsync(stranger, new InviteMember { Email = "x@example.jp", DisplayName = "X" })).FirstError!.Code);
        Assert.Equal("member.not_found", (await portal.Members.DeleteAsync(administrator, stranger)).FirstError!.Code);
        Assert.Equal("organization.not_found", (await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "x@example.jp", DisplayName = "X", OrganizationId = OrganizationId.FromGuid(Guid.NewGuid()) })).FirstError!.Code);
        Assert.Equal("member.type_invalid", (await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "x@example.jp", DisplayName = "X", Type = (MemberType)42 })).FirstError!.Code);
        Assert.Equal("field.unsupported", (await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "x@example.jp", DisplayName = "X", Language = "fr" })).FirstError!.Code);
        Assert.Equal("member.type_unchanged", (await portal.Members.ChangeTypeAsync(administrator, administrator, MemberType.Administrator)).FirstError!.Code);
        await Assert.ThrowsAsync<ArgumentException>(async () => await portal.Invitations.InviteAsync(default, new InviteMember()));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await portal.Invitations.InviteAsync(administrator, null!));
        await Assert.ThrowsAsync<ArgumentException>(async () => await portal.Members.DeleteAsync(administrator, default));
    }
}
