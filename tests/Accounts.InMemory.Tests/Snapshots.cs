using Accounts.Members;
using Accounts.Organizations;
using NodaTime;

namespace Accounts.InMemory.Tests;

/// <summary>Minimal valid snapshots for exercising the storage contract directly.</summary>
internal static class Snapshots
{
    private static readonly Instant Now = Instant.FromUtc(2025, 9, 28, 0, 0);

    public static OrganizationSnapshot Organization(string code, OrganizationId? headOffice = null) => new()
    {
        Id = OrganizationId.FromGuid(Guid.NewGuid()),
        Code = OrganizationCode.From(code),
        Kind = headOffice is null ? OrganizationKind.HeadOffice : OrganizationKind.Branch,
        HeadOfficeId = headOffice,
        Industry = "other",
        Category = OrganizationCategory.Company,
        Profile = new OrganizationProfile(),
        RegisteredAt = Now,
    };

    public static MemberSnapshot Member(OrganizationId organization, string email) => new()
    {
        Id = MemberId.FromGuid(Guid.NewGuid()),
        OrganizationId = organization,
        Email = email,
        DisplayName = email,
        Type = MemberType.General,
        Status = MemberStatus.Active,
        CreatedAt = Now,
    };
}
