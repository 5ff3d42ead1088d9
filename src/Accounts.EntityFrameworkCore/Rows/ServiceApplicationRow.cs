namespace Accounts.EntityFrameworkCore.Rows;

/// <summary>One service application: its state and dates in columns, the change request and the history as JSON text, the credentials as the protector's ciphertext.</summary>
internal sealed class ServiceApplicationRow : IAggregateRow
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string ServiceCode { get; set; } = string.Empty;

    public Guid OrganizationId { get; set; }

    public Guid ApplicantId { get; set; }

    public string ContactName { get; set; } = string.Empty;

    public string ContactEmail { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string ReceiptNumber { get; set; } = string.Empty;

    public DateTime SubmittedAt { get; set; }

    public DateOnly DueDate { get; set; }

    public string? Change { get; set; }

    public DateOnly? StartDate { get; set; }

    public string? ProtectedCredentials { get; set; }

    public DateOnly? CredentialsIssuedOn { get; set; }

    public string History { get; set; } = "[]";

    public DateTime CreatedAt { get; set; }

    public string CreatedKey { get; set; } = string.Empty;
}
