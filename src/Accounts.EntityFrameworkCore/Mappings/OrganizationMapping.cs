using Accounts.EntityFrameworkCore.Rows;
using Accounts.Members;
using Accounts.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Accounts.EntityFrameworkCore.Mappings;

/// <summary>Organizations: one row each, the profile, manager and seats in columns.</summary>
internal sealed class OrganizationMapping : AggregateMapping<OrganizationSnapshot, OrganizationRow>
{
    public static OrganizationMapping Instance { get; } = new();

    private OrganizationMapping()
    {
        MapKey(OrganizationSnapshot.CodeKey, "organizations_code", row => row.Code);
        MapGroup(OrganizationSnapshot.UnitsByHeadOffice, row => row.HeadOfficeId, row => row.Code);
    }

    public override string TableName => "organizations";

    public override OrganizationRow ToRow(OrganizationSnapshot snapshot, long version) => new()
    {
        Id = snapshot.Id.Value,
        Version = version,
        Code = snapshot.Code.Value,
        Kind = snapshot.Kind.ToString(),
        HeadOfficeId = snapshot.HeadOfficeId?.Value,
        Industry = snapshot.Industry,
        Category = snapshot.Category.ToString(),
        ReferringBankName = snapshot.ReferringBankName,
        ProfileNameKanji = snapshot.Profile.NameKanji,
        ProfileNameKatakana = snapshot.Profile.NameKatakana,
        ProfilePostalCode = snapshot.Profile.PostalCode,
        ProfileAddress = snapshot.Profile.Address,
        ProfileMainPhone = snapshot.Profile.MainPhone,
        ProfileRegisteredAddress = snapshot.Profile.RegisteredAddress,
        ProfileRepresentativeTitle = snapshot.Profile.RepresentativeTitle,
        ProfileRepresentativeName = snapshot.Profile.RepresentativeName,
        ProfileHomepageUrl = snapshot.Profile.HomepageUrl,
        ManagerName = snapshot.Manager?.Name,
        ManagerEmail = snapshot.Manager?.Email,
        RequiresOneTimePassword = snapshot.RequiresOneTimePassword,
        SeatsAdministrators = snapshot.Seats.Administrators,
        SeatsGeneralUsers = snapshot.Seats.GeneralUsers,
        SeatsExternalUsers = snapshot.Seats.ExternalUsers,
        SeatsApplicants = snapshot.Seats.Applicants,
        SeatsDisabledAdministrators = snapshot.Seats.DisabledAdministrators,
        SeatsInvitedAdministrators = snapshot.Seats.InvitedAdministrators,
        RegisteredAt = Timestamps.ToColumn(snapshot.RegisteredAt),
    };

    public override OrganizationSnapshot ToSnapshot(OrganizationRow row) => new()
    {
        Id = new OrganizationId(row.Id),
        Version = row.Version,
        Code = new OrganizationCode(row.Code),
        Kind = Enum.Parse<OrganizationKind>(row.Kind),
        HeadOfficeId = row.HeadOfficeId is { } headOffice ? new OrganizationId(headOffice) : null,
        Industry = row.Industry,
        Category = Enum.Parse<OrganizationCategory>(row.Category),
        ReferringBankName = row.ReferringBankName,
        Profile = new OrganizationProfile
        {
            NameKanji = row.ProfileNameKanji,
            NameKatakana = row.ProfileNameKatakana,
            PostalCode = row.ProfilePostalCode,
            Address = row.ProfileAddress,
            MainPhone = row.ProfileMainPhone,
            RegisteredAddress = row.ProfileRegisteredAddress,
            RepresentativeTitle = row.ProfileRepresentativeTitle,
            RepresentativeName = row.ProfileRepresentativeName,
            HomepageUrl = row.ProfileHomepageUrl,
        },
        Manager = row.ManagerEmail is { } email ? new Contact(row.ManagerName ?? string.Empty, email) : null,
        RequiresOneTimePassword = row.RequiresOneTimePassword,
        Seats = new SeatCounts(row.SeatsAdministrators, row.SeatsGeneralUsers, row.SeatsExternalUsers, row.SeatsApplicants, row.SeatsDisabledAdministrators, row.SeatsInvitedAdministrators),
        RegisteredAt = Timestamps.FromColumn(row.RegisteredAt),
    };

    protected override void Configure(EntityTypeBuilder<OrganizationRow> entity, string prefix)
    {
        entity.Property(row => row.Code).HasMaxLength(OrganizationCode.MaxLength);
        entity.Property(row => row.Kind).HasMaxLength(32);
        entity.Property(row => row.Category).HasMaxLength(32);
        entity.Property(row => row.Industry).HasMaxLength(64);
        entity.HasIndex(row => new { row.HeadOfficeId, row.Code }).HasDatabaseName($"ix_{prefix}organizations_head_office");
    }
}
