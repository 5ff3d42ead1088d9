using Accounts.Auditing;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.Domain.Tests.Organizations;

public sealed class OrganizationServiceTests
{
    [Fact]
    [Trait("Req", "R-ORG-1")]
    public async Task RegisterHeadOffice_IssuesACode_AndInvitesTheFirstAdministratorByMail()
    {
        var portal = new TestPortal();

        var result = await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("first@org.example.jp"), ActorRef.Operator("operator-1"));

        Assert.True(result.IsSuccess);
        var organization = portal.Organization(result.Value.OrganizationId)!;
        Assert.Equal(result.Value.Code, organization.Code);
        Assert.True(OrganizationCode.IsValid(organization.Code.Value));
        Assert.Equal(1, organization.Seats.Administrators);
        var administrator = portal.Member(result.Value.AdministratorId)!;
        Assert.Equal((MemberType.Administrator, MemberStatus.Invited), (administrator.Type, administrator.Status));
        var mail = Assert.Single(portal.Database.OutboxMessages);
        Assert.Equal((MemberMailTemplates.Invitation, "first@org.example.jp"), (mail.Template, mail.To.Single()));
        Assert.Contains(portal.Database.AuditEntries, e => e.Action == OrganizationAuditActions.RegisterHeadOffice && e.Outcome == AuditOutcome.Succeeded);
    }

    [Fact]
    [Trait("Req", "R-ORG-4")]
    public async Task RegisterHeadOffice_WithAnInvalidForm_ReportsEveryError_AndSavesNothing()
    {
        var portal = new TestPortal();
        var command = new RegisterOrganization
        {
            Organization = new OrganizationRegistration { Industry = "", Profile = TestPortal.ValidProfile with { NameKatakana = "ｶﾌﾞｼｷ", MainPhone = "12345" } },
            Administrator = new FoundingAdministrator { Email = "not-an-address", DisplayName = "\u0000" },
        };

        var result = await portal.Organizations.RegisterHeadOfficeAsync(command, ActorRef.Operator("op"));

        Assert.Equal(
            ["organization.industry_invalid", "field.katakana_required", "field.phone_format", "email.invalid", "field.invalid_character"],
            result.Errors.Select(e => e.Code));
        Assert.Equal((0, 0, 0), (portal.Database.CountOf(OrganizationSnapshot.Aggregate), portal.Database.CountOf(MemberSnapshot.Aggregate), portal.Database.OutboxMessages.Count));
        Assert.Equal(AuditOutcome.Failed, Assert.Single(portal.Database.AuditEntries).Outcome);
    }

    [Fact]
    [Trait("Req", "R-ORG-1")]
    public async Task AValidFormWithAnInvalidFoundingAdministrator_IsRefused_DrawsNoCode_AndSavesNothing()
    {
        var portal = new TestPortal();
        var codes = new ScriptedCodes("FIRST", "SECOND");
        var organizations = Service(portal, codes);
        var command = TestPortal.Registration("good@org.example.jp") with { Administrator = new FoundingAdministrator { Email = "good@org.example.jp", DisplayName = "" } };

        var refused = await organizations.RegisterHeadOfficeAsync(command, ActorRef.Operator("op"));
        var good = await organizations.RegisterHeadOfficeAsync(TestPortal.Registration("good@org.example.jp"), ActorRef.Operator("op"));

        Assert.Equal([("field.required", "administrator.displayName")], refused.Errors.Select(e => (e.Code, e.Target)));
        Assert.Equal("FIRST", good.Value.Code.Value);
        Assert.Equal(1, portal.Database.CountOf(OrganizationSnapshot.Aggregate));
    }

    [Theory]
    [InlineData("管理\u0007太郎", "field.invalid_character")]
    [InlineData("", "field.required")]
    public async Task TheManagersName_IsValidatedLikeAnyField(string name, string code)
    {
        var portal = new TestPortal();
        var registration = TestPortal.Registration("good@org.example.jp");
        registration = registration with { Organization = registration.Organization! with { Manager = new Contact(System.Text.RegularExpressions.Regex.Unescape(name), "kanri@org.example.jp") } };

        var refused = await portal.Organizations.RegisterHeadOfficeAsync(registration, ActorRef.Operator("op"));

        Assert.Equal([(code, ProfileFields.ManagerName)], refused.Errors.Select(e => (e.Code, e.Target)));
        Assert.Equal(0, portal.Database.CountOf(OrganizationSnapshot.Aggregate));
    }

    [Fact]
    public async Task TheManagersName_HasFiftyCharactersAtMost()
    {
        var portal = new TestPortal();
        var registration = TestPortal.Registration("good@org.example.jp");
        var fifty = registration with { Organization = registration.Organization! with { Manager = new Contact(new string('管', 50), "kanri@org.example.jp") } };
        var fiftyOne = registration with { Organization = registration.Organization! with { Manager = new Contact(new string('管', 51), "kanri@org.example.jp") } };

        var longest = await portal.Organizations.RegisterHeadOfficeAsync(fifty, ActorRef.Operator("op"));
        var tooLong = await portal.Organizations.RegisterHeadOfficeAsync(fiftyOne with { Administrator = fiftyOne.Administrator! with { Email = "other@org.example.jp" } }, ActorRef.Operator("op"));

        Assert.True(longest.IsSuccess, string.Join(", ", longest.Errors));
        Assert.Equal([("field.too_long", ProfileFields.ManagerName)], tooLong.Errors.Select(e => (e.Code, e.Target)));
    }

    [Fact]
    [Trait("Req", "R-ORG-1")]
    public async Task AnInvalidForm_DrawsNoCode()
    {
        var portal = new TestPortal();
        var codes = new ScriptedCodes("FIRST", "SECOND");
        var organizations = Service(portal, codes);

        await organizations.RegisterHeadOfficeAsync(TestPortal.Registration("bad") with { Organization = new OrganizationRegistration() }, ActorRef.Operator("op"));
        var good = await organizations.RegisterHeadOfficeAsync(TestPortal.Registration("good@org.example.jp"), ActorRef.Operator("op"));

        Assert.Equal("FIRST", good.Value.Code.Value);
    }

    [Fact]
    [Trait("Req", "R-ACC-1")]
    public async Task RegisterHeadOffice_WithAnAddressAlreadyInUse_IsRefused()
    {
        var portal = new TestPortal();
        await portal.RegisterOrganizationAsync("taken@org.example.jp");

        var result = await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("TAKEN@org.example.jp"), ActorRef.Operator("op"));

        Assert.Equal("member.email_taken", result.FirstError!.Code);
        Assert.Equal(1, portal.Database.CountOf(OrganizationSnapshot.Aggregate));
    }

    [Fact]
    [Trait("Req", "R-ORG-1")]
    public async Task ATakenCode_IsDrawnAgain()
    {
        var portal = new TestPortal();
        var codes = new ScriptedCodes("SAME", "SAME", "OTHER");
        var organizations = Service(portal, codes);

        var first = await organizations.RegisterHeadOfficeAsync(TestPortal.Registration("a@org.example.jp"), ActorRef.Operator("op"));
        var second = await organizations.RegisterHeadOfficeAsync(TestPortal.Registration("b@org.example.jp"), ActorRef.Operator("op"));

        Assert.Equal("SAME", first.Value.Code.Value);
        Assert.Equal("OTHER", second.Value.Code.Value);
    }

    [Fact]
    [Trait("Req", "R-ORG-1")]
    public async Task WhenNoFreeCodeComes_TheRegistrationReportsIt()
    {
        var portal = new TestPortal();
        var organizations = Service(portal, new ScriptedCodes([.. Enumerable.Repeat("SAME", 20)]));
        await organizations.RegisterHeadOfficeAsync(TestPortal.Registration("a@org.example.jp"), ActorRef.Operator("op"));

        var result = await organizations.RegisterHeadOfficeAsync(TestPortal.Registration("b@org.example.jp"), ActorRef.Operator("op"));

        Assert.Equal("organization.code_unavailable", result.FirstError!.Code);
        Assert.Equal(1, portal.Database.CountOf(OrganizationSnapshot.Aggregate));
    }

    [Fact]
    [Trait("Req", "R-ORG-2")]
    public async Task RegisterUnit_ByAnOperator_UnderTheHeadOffice()
    {
        var portal = new TestPortal();
        var (headOffice, _) = await portal.RegisterOrganizationAsync();

        var unit = await portal.Organizations.RegisterUnitAsync(headOffice, OrganizationKind.Branch, TestPortal.Registration("branch@org.example.jp"), ActorRef.Operator("op"));

        Assert.True(unit.IsSuccess);
        Assert.StartsWith(portal.Organization(headOffice)!.Code.Value + "-", unit.Value.Code.Value, StringComparison.Ordinal);
        Assert.Equal(headOffice, portal.Organization(unit.Value.OrganizationId)!.HeadOfficeId);
        Assert.Single((await portal.Store.ListUnitsAsync(headOffice)).Items);
    }

    [Fact]
    [Trait("Req", "R-ORG-2")]
    public async Task RegisterUnit_UnderAnUnknownOrganizationOrAUnit_IsRefused()
    {
        var portal = new TestPortal();
        var (headOffice, _) = await portal.RegisterOrganizationAsync();
        var (branch, _) = await portal.RegisterUnitAsync(headOffice, "branch@org.example.jp");

        var underUnknown = await portal.Organizations.RegisterUnitAsync(OrganizationId.FromGuid(Guid.NewGuid()), OrganizationKind.Branch, TestPortal.Registration("x@org.example.jp"), ActorRef.Operator("op"));
        var underBranch = await portal.Organizations.RegisterUnitAsync(branch, OrganizationKind.Office, TestPortal.Registration("y@org.example.jp"), ActorRef.Operator("op"));

        Assert.Equal("organization.head_office_required", underUnknown.FirstError!.Code);
        Assert.Equal("organization.head_office_required", underBranch.FirstError!.Code);
        Assert.Equal(2, portal.Database.CountOf(OrganizationSnapshot.Aggregate));
    }

    [Fact]
    [Trait("Req", "R-ORG-2")]
    [Trait("Req", "R-ACC-8")]
    public async Task RegisterUnit_ByAnAccount_NeedsThePermissionOnItsOwnHeadOffice()
    {
        var portal = new TestPortal();
        var (headOffice, administrator) = await portal.RegisterOrganizationAsync("admin@hq.example.jp");
        var general = await portal.InviteAndAcceptAsync(administrator, "general@hq.example.jp");
        var (_, otherAdministrator) = await portal.RegisterOrganizationAsync("admin@other.example.jp");

        var byAdministrator = await portal.Organizations.RegisterUnitAsync(headOffice, OrganizationKind.Office, TestPortal.Registration("o1@hq.example.jp"), ActorRef.Member(administrator));
        var byGeneral = await portal.Organizations.RegisterUnitAsync(headOffice, OrganizationKind.Office, TestPortal.Registration("o2@hq.example.jp"), ActorRef.Member(general));
        var byOutsider = await portal.Organizations.RegisterUnitAsync(headOffice, OrganizationKind.Office, TestPortal.Registration("o3@hq.example.jp"), ActorRef.Member(otherAdministrator));
        var anonymous = await portal.Organizations.RegisterUnitAsync(headOffice, OrganizationKind.Office, TestPortal.Registration("o4@hq.example.jp"), ActorRef.Anonymous());

        Assert.True(byAdministrator.IsSuccess);
        Assert.Equal("permission.denied", byGeneral.FirstError!.Code);
        Assert.Equal("permission.outside_organization", byOutsider.FirstError!.Code);
        Assert.Equal("permission.denied", anonymous.FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-ORG-4")]
    public async Task UpdateProfile_ValidatesEveryField_AndKeepsTheOldProfileOnErrors()
    {
        var portal = new TestPortal();
        var (organization, administrator) = await portal.RegisterOrganizationAsync();

        var invalid = await portal.Organizations.UpdateProfileAsync(administrator, organization, TestPortal.ValidProfile with { Address = "Tokyo", PostalCode = "1" });
        var valid = await portal.Organizations.UpdateProfileAsync(administrator, organization, TestPortal.ValidProfile with { Address = "大阪府大阪市北区１－１" });

        Assert.Equal(["address", "postalCode"], invalid.Errors.Select(e => e.Target));
        Assert.Equal("大阪府大阪市北区１－１", valid.Value.Profile.Address);
        Assert.Equal(portal.Organization(organization)!.Version, valid.Value.Version);
    }

    [Fact]
    [Trait("Req", "R-ACC-2")]
    [Trait("Req", "R-ACC-8")]
    public async Task UpdateProfile_NeedsThePermission_OnTheActorsOwnOrganization()
    {
        var portal = new TestPortal();
        var (organization, administrator) = await portal.RegisterOrganizationAsync("admin@a.example.jp");
        var general = await portal.InviteAndAcceptAsync(administrator, "general@a.example.jp");
        var (_, outsider) = await portal.RegisterOrganizationAsync("admin@b.example.jp");

        Assert.Equal("permission.denied", (await portal.Organizations.UpdateProfileAsync(general, organization, TestPortal.ValidProfile)).FirstError!.Code);
        Assert.Equal("permission.outside_organization", (await portal.Organizations.UpdateProfileAsync(outsider, organization, TestPortal.ValidProfile)).FirstError!.Code);
        Assert.Contains(portal.Database.AuditEntries, e => e.Action == OrganizationAuditActions.UpdateProfile && e.Outcome == AuditOutcome.Denied && e.Code == "permission.outside_organization");
    }

    [Fact]
    [Trait("Req", "R-PWD-6")]
    public async Task OneTimePasswordRequirement_IsChosenAtRegistration_AndChangedByAnAdministrator()
    {
        var portal = new TestPortal();
        var command = TestPortal.Registration("otp@org.example.jp") with
        {
            Organization = TestPortal.Registration("otp@org.example.jp").Organization with { RequiresOneTimePassword = true },
        };
        var registered = await portal.Organizations.RegisterHeadOfficeAsync(command, ActorRef.Operator("op"));
        var administrator = await portal.AcceptAsync("otp@org.example.jp");

        Assert.True(portal.Organization(registered.Value.OrganizationId)!.RequiresOneTimePassword);
        var off = await portal.Organizations.RequireOneTimePasswordAsync(administrator, registered.Value.OrganizationId, required: false);
        Assert.False(off.Value.RequiresOneTimePassword);
    }

    [Fact]
    public async Task UnknownOrganization_IsATypedError_AndDefaultIdentifiersAreMisuse()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();

        var result = await portal.Organizations.UpdateProfileAsync(administrator, OrganizationId.FromGuid(Guid.NewGuid()), TestPortal.ValidProfile);

        Assert.Equal("organization.not_found", result.FirstError!.Code);
        await Assert.ThrowsAsync<ArgumentException>(async () => await portal.Organizations.UpdateProfileAsync(default, OrganizationId.FromGuid(Guid.NewGuid()), TestPortal.ValidProfile));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await portal.Organizations.RegisterHeadOfficeAsync(null!, ActorRef.System));
    }

    private static OrganizationService Service(TestPortal portal, IOrganizationCodeGenerator codes) =>
        portal.With(services => services.AddSingleton(codes)).Organizations;

    private sealed class ScriptedCodes(params string[] codes) : IOrganizationCodeGenerator
    {
        private int _next;

        public ValueTask<OrganizationCode> NextAsync(OrganizationKind kind, OrganizationCode? headOffice, CancellationToken cancellationToken) =>
            ValueTask.FromResult(OrganizationCode.From(codes[Math.Min(_next++, codes.Length - 1)]));
    }
}
