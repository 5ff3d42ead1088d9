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
    public void AHeadOffice_HasNoHeadOfficeAbove_AndKeepsTheCodeItWasGiven()
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
    public void Industry_Category_AndReferringBank_SurviveTheSnapshot()
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
    public void Reseat_StopsANewSeatAtTheQuota()
    {
        var office = HeadOffice();
        var quota = QuotaPolicy.Nexi;

        var first = office.Reseat(null, Seat(MemberType.Administrator, MemberStatus.Active), quota);
        var second = first.Value.Reseat(null, Seat(MemberType.Administrator, MemberStatus.Invited), quota);

        Assert.True(first.IsSuccess);
        Assert.Equal("quota.reached", second.FirstError!.Code);
        Assert.Equal("1", second.FirstError.ArgumentValue("limit"));
    }

    [Fact]
    [Trait("Req", "R-ACC-4")]
    public void TheLastEnabledAdministrator_CannotBeReleasedDemotedOrDisabled()
    {
        var administrator = Seat(MemberType.Administrator, MemberStatus.Active);
        var office = HeadOffice().Reseat(null, administrator, QuotaPolicy.ClassNk).Value;

        Assert.Equal("member.last_administrator", office.Reseat(administrator, null, QuotaPolicy.ClassNk).FirstError!.Code);
        Assert.Equal("member.last_administrator", office.Reseat(administrator, Seat(MemberType.General, MemberStatus.Active), QuotaPolicy.ClassNk).FirstError!.Code);
        Assert.Equal("member.last_administrator", office.Reseat(administrator, Seat(MemberType.Administrator, MemberStatus.Disabled), QuotaPolicy.ClassNk).FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-ACC-4")]
    public void ADisabledAdministrator_DoesNotCountAsTheOneThatKeepsTheOrganization()
    {
        var active = Seat(MemberType.Administrator, MemberStatus.Active);
        var disabled = Seat(MemberType.Administrator, MemberStatus.Disabled);
        var office = HeadOffice()
            .Reseat(null, active, QuotaPolicy.ClassNk).Value
            .Reseat(null, disabled, QuotaPolicy.ClassNk).Value;

        Assert.Equal(1, office.Seats.EnabledAdministrators);
        Assert.True(office.Reseat(disabled, null, QuotaPolicy.ClassNk).IsSuccess);
        Assert.Equal("member.last_administrator", office.Reseat(active, null, QuotaPolicy.ClassNk).FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-ACC-5")]
    public void Reseat_LeavesTheOrganizationAsItIs_WhenTheSeatDoesNotMove()
    {
        var office = HeadOffice().Reseat(null, Seat(MemberType.General, MemberStatus.Invited), QuotaPolicy.ClassNk).Value;

        Assert.Same(office, office.Reseat(Seat(MemberType.General, MemberStatus.Invited), Seat(MemberType.General, MemberStatus.Active), QuotaPolicy.ClassNk).Value);
    }

    private static Member Seat(MemberType type, MemberStatus status) => Member.FromSnapshot(new MemberSnapshot
    {
        Id = Identifiers.TypedId.New<MemberId>(Secrets, Now),
        OrganizationId = OrganizationId.FromGuid(Guid.NewGuid()),
        Email = "seat@example.jp",
        DisplayName = "Seat",
        Type = type,
        Status = status,
        CreatedAt = Now,
    });

    private static Organization HeadOffice() =>
        Organization.RegisterHeadOffice(NewId(), OrganizationCode.From("HQ000001"), Form, OrganizationProfilePolicy.Nexi, EmailPolicy.Default, Now).Value;

    private static OrganizationId NewId() => Identifiers.TypedId.New<OrganizationId>(Secrets, Now);
}
