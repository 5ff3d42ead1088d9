namespace Accounts.EntityFrameworkCore.Rows;

/// <summary>One member, its invitation and credential flattened into columns a person can read; the password history is a JSON array of hashes.</summary>
internal sealed class MemberRow : IAggregateRow
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid OrganizationId { get; set; }

    public string Email { get; set; } = string.Empty;

    public string? UserId { get; set; }

    public string DisplayName { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public bool IsSharedAddress { get; set; }

    public string Language { get; set; } = string.Empty;

    public string? InvitationTokenHash { get; set; }

    public Guid? InvitationInvitedBy { get; set; }

    public DateTime? InvitationSentAt { get; set; }

    public DateTime? InvitationExpiresAt { get; set; }

    public int? InvitationSendCount { get; set; }

    public string? CredentialPasswordHash { get; set; }

    public DateTime? CredentialPasswordChangedAt { get; set; }

    public bool? CredentialMustChangePassword { get; set; }

    public string? CredentialPreviousPasswordHashes { get; set; }

    public int? CredentialFailedAttempts { get; set; }

    public DateTime? CredentialLockedOutUntil { get; set; }

    public DateTime? CredentialLastSignInAt { get; set; }

    public string? OneTimePasswordProtectedSecret { get; set; }

    public bool? OneTimePasswordConfirmed { get; set; }

    public DateTime? OneTimePasswordEnrolledAt { get; set; }

    public long? OneTimePasswordLastAcceptedTimeStep { get; set; }

    public string? PendingSignInChallengeHash { get; set; }

    public DateTime? PendingSignInExpiresAt { get; set; }

    public DateTime CreatedAt { get; set; }
}
