using Accounts.Organizations;

namespace Accounts.ServiceApplications;

/// <summary>An administrator's application to use a service, for the organization.</summary>
public sealed record ApplyForService
{
    /// <summary>The code of the service.</summary>
    public required string ServiceCode { get; init; }

    /// <summary>The applicant contact (申込担当者); the applying administrator when left out.</summary>
    public Contact? Contact { get; init; }
}
