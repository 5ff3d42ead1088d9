using Accounts.Organizations;
using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>An administrator's change application (NACCS's 変更申込), for the organization.</summary>
public sealed record ApplyForChange
{
    /// <summary>The code of the service.</summary>
    public required string ServiceCode { get; init; }

    /// <summary>The user codes and logical terminals to add or remove; at least one.</summary>
    public IReadOnlyList<ChangeItem>? Items { get; init; }

    /// <summary>How many digital certificates to issue: one per PC, at most one per logical terminal added.</summary>
    public int CertificateCount { get; init; }

    /// <summary>Why the contract changes.</summary>
    public string? Reason { get; init; }

    /// <summary>The start date wanted: a business day, today or later, ideally on the published schedule.</summary>
    public LocalDate DesiredStartDate { get; init; }

    /// <summary>The applicant contact (申込担当者); the applying administrator when left out.</summary>
    public Contact? Contact { get; init; }
}
