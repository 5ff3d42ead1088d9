using Accounts.Members;
using Accounts.Organizations;
using Accounts.Permissions;
using NodaTime;

namespace Accounts.Domain.Tests.Permissions;

[Trait("Req", "R-ACC-8")]
public sealed class AccessRulesTests
{
    private static readonly OrganizationId HeadOffice = OrganizationId.FromGuid(Guid.Parse("00000000-0000-4000-8000-000000000001"));
    private static readonly OrganizationId Branch = OrganizationId.FromGuid(Guid.Parse("00000000-0000-4000-8000-000000000002"));
    private static readonly OrganizationId Stranger = OrganizationId.FromGuid(Guid.Parse("00000000-0000-4000-8000-000000000003"));

    [Theory]
    [InlineData("head", "head", ManagementScope.OwnOrganization, null)]
    [InlineData("head", "branch", ManagementScope.OwnOrganization, "permission.outside_organization")]
    [InlineData("head", "branch", ManagementScope.OwnOrganizationAndUnits, null)]
    [InlineData("branch", "head", ManagementScope.OwnOrganizationAndUnits, "permission.outside_organization")]
    [InlineData("head", "stranger", ManagementScope.OwnOrganizationAndUnits, "permission.outside_organization")]
    public void AnAdministratorActsOnItsOwnOrganization_AndOnItsUnitsWhenTheScopeAllows(string actorOrganization, string target, ManagementScope scope, string? code)
    {
        var error = AccessRules.Check(Actor(Id(actorOrganization), MemberStatus.Active), Organization(Id(target)), PermissionAction.InviteMembers, PermissionMatrix.ClassNk, scope);

        Assert.Equal(code, error?.Code);
    }

    [Theory]
    [InlineData(MemberStatus.Invited)]
    [InlineData(MemberStatus.Disabled)]
    public void AnAccountThatIsNotActive_CannotAct(MemberStatus status)
    {
        var error = AccessRules.Check(Actor(HeadOffice, status), Organization(HeadOffice), PermissionAction.UseServices, PermissionMatrix.ClassNk, ManagementScope.OwnOrganization);

        Assert.Equal("permission.actor_inactive", error!.Code);
    }

    private static OrganizationId Id(string name) => name switch { "head" => HeadOffice, "branch" => Branch, _ => Stranger };

    private static MemberSnapshot Actor(OrganizationId organization, MemberStatus status) => new()
    {
        Id = MemberId.FromGuid(Guid.Parse("00000000-0000-4000-8000-0000000000aa")),
        OrganizationId = organization,
        Email = "admin@example.jp",
        DisplayName = "Admin",
        Type = MemberType.Administrator,
        Status = status,
        CreatedAt = Instant.FromUtc(2025, 1, 1, 0, 0),
    };

    private static OrganizationSnapshot Organization(OrganizationId id) => new()
    {
        Id = id,
        Code = OrganizationCode.From("C" + id.Value.ToString("N")[^4..]),
        Kind = id == Branch ? OrganizationKind.Branch : OrganizationKind.HeadOffice,
        HeadOfficeId = id == Branch ? HeadOffice : null,
        Industry = "other",
        Category = OrganizationCategory.Company,
        Profile = new OrganizationProfile(),
        RegisteredAt = Instant.FromUtc(2025, 1, 1, 0, 0),
    };
}
