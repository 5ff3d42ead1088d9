using Accounts.EntityFrameworkCore.Rows;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.ServiceApplications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace Accounts.EntityFrameworkCore.Mappings;

/// <summary>Service applications: one row each, the receipt number unique, listed per organization by creation.</summary>
internal sealed class ServiceApplicationMapping : AggregateMapping<ServiceApplicationSnapshot, ServiceApplicationRow>
{
    public static ServiceApplicationMapping Instance { get; } = new();

    private ServiceApplicationMapping()
    {
        MapKey(ServiceApplicationSnapshot.ReceiptNumberKey, "service_applications_receipt_number", row => row.ReceiptNumber);
        MapGroup(ServiceApplicationSnapshot.ByOrganization, row => row.OrganizationId, row => row.CreatedKey);
    }

    public override string TableName => "service_applications";

    public override ServiceApplicationRow ToRow(ServiceApplicationSnapshot snapshot, long version) => new()
    {
        Id = snapshot.Id.Value,
        Version = version,
        Kind = snapshot.Kind.ToString(),
        ServiceCode = snapshot.ServiceCode,
        OrganizationId = snapshot.OrganizationId.Value,
        ApplicantId = snapshot.ApplicantId.Value,
        ContactName = snapshot.Contact.Name,
        ContactEmail = snapshot.Contact.Email,
        Status = snapshot.Status.ToString(),
        ReceiptNumber = snapshot.ReceiptNumber,
        SubmittedAt = Timestamps.ToColumn(snapshot.SubmittedAt),
        DueDate = snapshot.DueDate.ToDateOnly(),
        Change = StoredJson.Change(snapshot.Change),
        StartDate = snapshot.StartDate?.ToDateOnly(),
        ProtectedCredentials = snapshot.ProtectedCredentials,
        CredentialsIssuedOn = snapshot.CredentialsIssuedOn?.ToDateOnly(),
        History = StoredJson.History(snapshot.History),
        CreatedAt = Timestamps.ToColumn(snapshot.CreatedAt),

        // The row keeps what the database keeps: the sort key is computed from the stored instant.
        CreatedKey = ServiceApplicationSnapshot.CreatedKey(Timestamps.Stored(snapshot.CreatedAt)),
    };

    public override ServiceApplicationSnapshot ToSnapshot(ServiceApplicationRow row) => new()
    {
        Id = new ServiceApplicationId(row.Id),
        Version = row.Version,
        Kind = Enum.Parse<ServiceApplicationKind>(row.Kind),
        ServiceCode = row.ServiceCode,
        OrganizationId = new OrganizationId(row.OrganizationId),
        ApplicantId = new MemberId(row.ApplicantId),
        Contact = new Contact(row.ContactName, row.ContactEmail),
        Status = Enum.Parse<ServiceApplicationStatus>(row.Status),
        ReceiptNumber = row.ReceiptNumber,
        SubmittedAt = Timestamps.FromColumn(row.SubmittedAt),
        DueDate = LocalDate.FromDateOnly(row.DueDate),
        Change = StoredJson.Change(row.Change),
        StartDate = row.StartDate is { } start ? LocalDate.FromDateOnly(start) : null,
        ProtectedCredentials = row.ProtectedCredentials,
        CredentialsIssuedOn = row.CredentialsIssuedOn is { } issued ? LocalDate.FromDateOnly(issued) : null,
        History = StoredJson.History(row.History),
        CreatedAt = Timestamps.FromColumn(row.CreatedAt),
    };

    protected override void Configure(EntityTypeBuilder<ServiceApplicationRow> entity, string prefix)
    {
        entity.Property(row => row.Kind).HasMaxLength(16);
        entity.Property(row => row.ServiceCode).HasMaxLength(40);
        entity.Property(row => row.ContactName).HasMaxLength(50);
        entity.Property(row => row.ContactEmail).HasMaxLength(254);
        entity.Property(row => row.Status).HasMaxLength(32);
        entity.Property(row => row.ReceiptNumber).HasMaxLength(32);
        entity.Property(row => row.CreatedKey).HasMaxLength(40);
        entity.HasIndex(row => new { row.OrganizationId, row.CreatedKey }).HasDatabaseName($"ix_{prefix}service_applications_organization");
    }
}
