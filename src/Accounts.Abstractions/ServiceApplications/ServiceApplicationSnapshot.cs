using System.Collections.Immutable;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Storage;
using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>The stored state of an organization's application for a service, as a store loads and saves it.</summary>
/// <remarks>
/// An approved use application or a confirmed change application is the organization's
/// subscription: every member may use the service from <see cref="StartDate"/>. Issued
/// credentials are stored only as the protector's ciphertext in <see cref="ProtectedCredentials"/>.
/// </remarks>
public sealed record ServiceApplicationSnapshot : IAggregateSnapshot<ServiceApplicationSnapshot>
{
    /// <summary>One application per receipt number (申込受付番号).</summary>
    public static UniqueKey<ServiceApplicationSnapshot> ReceiptNumberKey { get; } = new("service_application.receipt_number", static a => a.ReceiptNumber);

    /// <summary>An organization's applications, oldest first.</summary>
    public static GroupIndex<ServiceApplicationSnapshot> ByOrganization { get; } = new(
        "service_application.organization",
        static a => a.OrganizationId.Value,
        static a => CreatedKey(a.CreatedAt));

    /// <summary>The <c>service_application</c> aggregate.</summary>
    public static AggregateType<ServiceApplicationSnapshot> Aggregate { get; } = new(
        "service_application",
        static a => a.Id.Value,
        static (a, version) => a with { Version = version },
        [ReceiptNumberKey],
        [ByOrganization]);

    /// <summary>The identifier.</summary>
    public required ServiceApplicationId Id { get; init; }

    /// <inheritdoc />
    public long Version { get; init; }

    /// <summary>Use application or change application.</summary>
    public required ServiceApplicationKind Kind { get; init; }

    /// <summary>The code of the service applied for, as the portal's catalog names it.</summary>
    public required string ServiceCode { get; init; }

    /// <summary>The organization that applied; only organizations apply, never individuals.</summary>
    public required OrganizationId OrganizationId { get; init; }

    /// <summary>The administrator who applied.</summary>
    public required MemberId ApplicantId { get; init; }

    /// <summary>The applicant contact (申込担当者); notices go to it and to the organization's manager.</summary>
    public required Contact Contact { get; init; }

    /// <summary>Where the application stands.</summary>
    public required ServiceApplicationStatus Status { get; init; }

    /// <summary>The receipt number every notice carries, in the portal's format (for NACCS <c>180008A</c>).</summary>
    public required string ReceiptNumber { get; init; }

    /// <summary>When the application was last submitted (first submission or resubmission).</summary>
    public required Instant SubmittedAt { get; init; }

    /// <summary>The business day by which the operator is due to decide: the submission day plus the service's lead time.</summary>
    public required LocalDate DueDate { get; init; }

    /// <summary>What a change application asks for; <see langword="null"/> for a use application.</summary>
    public ChangeRequest? Change { get; init; }

    /// <summary>The day the service starts: set on approval, or confirmed by the operator at the end of review (it may differ from the desired date).</summary>
    public LocalDate? StartDate { get; init; }

    /// <summary>The issued credentials, encrypted by the portal's secret protector; <see langword="null"/> when none were issued.</summary>
    public string? ProtectedCredentials { get; init; }

    /// <summary>The day the credentials were issued (発行日).</summary>
    public LocalDate? CredentialsIssuedOn { get; init; }

    /// <summary>Every step so far, oldest first, with its reason or request.</summary>
    public required ImmutableArray<ServiceApplicationEvent> History { get; init; }

    /// <summary>When the application was first submitted.</summary>
    public required Instant CreatedAt { get; init; }

    /// <summary>The sort key of the organization's list: the creation instant, fixed-width ISO 8601 in UTC, so ordinal order is time order.</summary>
    /// <param name="at">The instant.</param>
    public static string CreatedKey(Instant at) => InstantSortKey.Format(at);
}
