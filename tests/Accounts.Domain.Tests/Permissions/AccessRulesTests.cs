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
        var error = AccessRules.Check(Actor(Id(actorOrganization), AccountStatus.Active), Organization(Id(target)), PermissionAction.InviteUsers, PermissionMatrix.ClassNk, scope);

        Assert.Equal(code, error?.Code);
    }

    [Theory]
    [InlineData(AccountStatus.Invited)]
    [InlineData(AccountStatus.Disabled)]
    public void AnAccountThatIsNotActive_CannotAct(AccountStatus status)
    {
        var error = AccessRules.Check(Actor(HeadOffice, status), Organization(HeadOffice), PermissionAction.UseServices, PermissionMatrix.ClassNk, ManagementScope.OwnOrganization);

        Assert.Equal("permission.actor_inactive", error!.Code);
    }

    private static OrganizationId Id(string name) => name switch { "head" => HeadOffice, "branch" => Branch, _ => Stranger };

    private static AccountSnapshot Actor(OrganizationId organization, AccountStatus status) => new()
    {
        Id = AccountId.FromGuid(Guid.Parse("00000000-0000-4000-8000-0000000000aa")),
        OrganizationId = organization,
        Email = "admin@example.jp",
        DisplayName = "Admin",
        Type = AccountType.Administrator,
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
