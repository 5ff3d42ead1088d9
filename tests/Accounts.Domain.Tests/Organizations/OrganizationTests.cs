using Accounts.Members;
using Accounts.Organizations;
using Accounts.Testing;
using NodaTime;

namespace Accounts.Domain.Tests.Organizations;

public sealed class OrganizationTests
{
    private static readonly Instant Now = Instant.FromUtc(2025, 9, 28, 0, 0);
    private static readonly OrganizationRegistration Form = new() { Industry = Industry.NonLifeInsurer.Code, Profile = TestPortal.ValidProfile };
    private static readonly SeededSecretGenerator Secrets = new(1);

    [Fact]
    [Trait("Req", "R-ORG-1")]
    public void HeadOffice_CarriesThePortalIssuedCode()
    {
        var office = HeadOffice();

        Assert.Equal(OrganizationCode.From("HQ000001"), office.Code);
        Assert.Equal(OrganizationKind.HeadOffice, office.Kind);
        Assert.Null(office.HeadOfficeId);
    }

    [Theory]
    [Trait("Req", "R-ORG-2")]
    [InlineData(OrganizationKind.Branch)]
    [InlineData(OrganizationKind.Department)]
    [InlineData(OrganizationKind.Office)]
    public void Unit_IsRegisteredUnderAHeadOffice(OrganizationKind kind)
    {
        var office = HeadOffice();

        var unit = office.RegisterUnit(kind, NewId(), OrganizationCode.From("HQ000001-B001"), Form, OrganizationProfilePolicy.Nexi, EmailPolicy.Default, Now);

        Assert.True(unit.IsSuccess);
        Assert.Equal(kind, unit.Value.Kind);
        Assert.Equal(office.Id, unit.Value.HeadOfficeId);
    }

    [Fact]
    [Trait("Req", "R-ORG-2")]
    public void Unit_CannotBeRegisteredUnderAUnit()
    {
        var branch = HeadOffice().RegisterUnit(OrganizationKind.Branch, NewId(), OrganizationCode.From("B1"), Form, OrganizationProfilePolicy.Nexi, EmailPolicy.Default, Now).Value;

        var result = branch.RegisterUnit(OrganizationKind.Office, NewId(), OrganizationCode.From("B1-O1"), Form, OrganizationProfilePolicy.Nexi, EmailPolicy.Default, Now);

        Assert.Equal("organization.head_office_required", result.FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-ORG-2")]
    public void Unit_MustBeABranchDepartmentOrOffice()
    {
        var result = HeadOffice().RegisterUnit(OrganizationKind.HeadOffice, NewId(), OrganizationCode.From("X1"), Form, OrganizationProfilePolicy.Nexi, EmailPolicy.Default, Now);

        Assert.Equal("organization.unit_kind_required", result.FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-ORG-3")]
    public void Industry_Category_AndReferringBank_AreKept()
    {
        var form = Form with { Category = OrganizationCategory.FinancialInstitution, ReferringBankName = "日本第一銀行" };

        var office = Organization.RegisterHeadOffice(NewId(), OrganizationCode.From("FI1"), form, OrganizationProfilePolicy.Nexi, EmailPolicy.Default, Now).Value.ToSnapshot();

        Assert.Equal(("non_life_insurer", OrganizationCategory.FinancialInstitution, "日本第一銀行"), (office.Industry, office.Category, office.ReferringBankName));
    }

    [Fact]
    [Trait("Req", "R-ORG-3")]
    [Trait("Req", "R-ORG-4")]
    public void InvalidIndustryCategoryBankAndProfile_AreReportedTogether()
    {
        var form = new OrganizationRegistration
        {
            Industry = "Non Life",
            Category = (OrganizationCategory)9,
            ReferringBankName = "Bank",
            Profile = TestPortal.ValidProfile with { PostalCode = "abc" },
            Manager = new Contact("管理 責任者", "not an address"),
        };

        var result = Organization.RegisterHeadOffice(NewId(), OrganizationCode.From("E1"), form, OrganizationProfilePolicy.Nexi, EmailPolicy.Default, Now);

        Assert.Equal(
            [("organization.industry_invalid", "industry"), ("organization.category_invalid", "category"), ("field.full_width_required", "referringBankName"), ("field.postal_code_format", "postalCode"), ("email.invalid", "managerEmail")],
            result.Errors.Select(e => (e.Code, e.Target)));
    }

    [Fact]
    [Trait("Req", "R-ACC-5")]
    public void ReserveSeat_StopsAtTheQuota()
    {
        var office = HeadOffice();
        var quota = QuotaPolicy.Nexi;

        var first = office.ReserveSeat(MemberType.Administrator, quota);
        var second = first.Value.ReserveSeat(MemberType.Administrator, quota);

        Assert.True(first.IsSuccess);
        Assert.Equal("quota.reached", second.FirstError!.Code);
        Assert.Equal("1", second.FirstError.ArgumentValue("limit"));
    }

    [Fact]
    [Trait("Req", "R-ACC-4")]
    public void TheLastEnabledAdministrator_CannotBeReleasedDemotedOrDisabled()
    {
        var office = HeadOffice().ReserveSeat(MemberType.Administrator, QuotaPolicy.ClassNk).Value;

        Assert.Equal("member.last_administrator", office.ReleaseSeat(MemberType.Administrator, disabled: false).FirstError!.Code);
        Assert.Equal("member.last_administrator", office.MoveSeat(MemberType.Administrator, MemberType.General, disabled: false, QuotaPolicy.ClassNk).FirstError!.Code);
        Assert.Equal("member.last_administrator", office.DisableSeat(MemberType.Administrator).FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-ACC-4")]
    public void ADisabledAdministrator_DoesNotCountAsTheOneThatKeepsTheOrganization()
    {
        var office = HeadOffice()
            .ReserveSeat(MemberType.Administrator, QuotaPolicy.ClassNk).Value
            .ReserveSeat(MemberType.Administrator, QuotaPolicy.ClassNk).Value
            .DisableSeat(MemberType.Administrator).Value;

        Assert.Equal(1, office.Seats.EnabledAdministrators);
        Assert.True(office.ReleaseSeat(MemberType.Administrator, disabled: true).IsSuccess);
        Assert.Equal("member.last_administrator", office.ReleaseSeat(MemberType.Administrator, disabled: false).FirstError!.Code);
    }

    private static Organization HeadOffice() =>
        Organization.RegisterHeadOffice(NewId(), OrganizationCode.From("HQ000001"), Form, OrganizationProfilePolicy.Nexi, EmailPolicy.Default, Now).Value;

    private static OrganizationId NewId() => Identifiers.TypedId.New<OrganizationId>(Secrets);
}
