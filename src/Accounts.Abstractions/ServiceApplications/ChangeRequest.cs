using System.Collections.Immutable;
using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>What a change application asks for, as the applicant entered it and the domain checked it.</summary>
public sealed record ChangeRequest
{
    /// <summary>The user codes and logical terminals to add or remove.</summary>
    public required ImmutableArray<ChangeItem> Items { get; init; }

    /// <summary>How many digital certificates to issue: one per PC that uses the service.</summary>
    public required int CertificateCount { get; init; }

    /// <summary>Why the contract changes (変更する理由).</summary>
    public required string Reason { get; init; }

    /// <summary>The start date the applicant wants (利用開始希望日), ideally a published system registration date.</summary>
    public required LocalDate DesiredStartDate { get; init; }
}
