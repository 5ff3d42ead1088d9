using System.Collections.Immutable;
using Accounts.Organizations;
using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>A service application as its organization's administrators and the operators see it; the credentials are fetched on their own.</summary>
public sealed record ServiceApplicationView
{
    /// <summary>The identifier.</summary>
    public required ServiceApplicationId Id { get; init; }

    /// <summary>Use or change.</summary>
    public required ServiceApplicationKind Kind { get; init; }

    /// <summary>The service.</summary>
    public required string ServiceCode { get; init; }

    /// <summary>The organization.</summary>
    public required OrganizationId OrganizationId { get; init; }

    /// <summary>Where it stands.</summary>
    public required ServiceApplicationStatus Status { get; init; }

    /// <summary>The receipt number every notice carries.</summary>
    public required string ReceiptNumber { get; init; }

    /// <summary>The applicant contact.</summary>
    public required Contact Contact { get; init; }

    /// <summary>When it was last submitted.</summary>
    public required Instant SubmittedAt { get; init; }

    /// <summary>The business day the decision is due.</summary>
    public required LocalDate DueDate { get; init; }

    /// <summary>What a change application asks for.</summary>
    public ChangeRequest? Change { get; init; }

    /// <summary>The start date, once approved or confirmed; check it, it may differ from the desired one.</summary>
    public LocalDate? StartDate { get; init; }

    /// <summary>Whether credentials were issued.</summary>
    public bool HasCredentials { get; init; }

    /// <summary>Every step so far, with reasons.</summary>
    public required ImmutableArray<ServiceApplicationEvent> History { get; init; }

    internal static ServiceApplicationView Of(ServiceApplicationSnapshot snapshot) => new()
    {
        Id = snapshot.Id,
        Kind = snapshot.Kind,
        ServiceCode = snapshot.ServiceCode,
        OrganizationId = snapshot.OrganizationId,
        Status = snapshot.Status,
        ReceiptNumber = snapshot.ReceiptNumber,
        Contact = snapshot.Contact,
        SubmittedAt = snapshot.SubmittedAt,
        DueDate = snapshot.DueDate,
        Change = snapshot.Change,
        StartDate = snapshot.StartDate,
        HasCredentials = snapshot.ProtectedCredentials is not null,
        History = snapshot.History,
    };
}
