using Accounts.EntityFrameworkCore.Rows;
using Accounts.Members;
using Accounts.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Accounts.EntityFrameworkCore.Mappings;

/// <summary>Members: one row each, the invitation, credential and one-time password in columns that are empty when the member has none.</summary>
internal sealed class MemberMapping : AggregateMapping<MemberSnapshot, MemberRow>
{
    // RFC 5321's longest address.
    private const int EmailLength = 254;

    // An organization code (a head office's 8 characters, a unit's 13), a hyphen and up to 6 digits, with room to spare.
    private const int UserIdLength = 64;

    public static MemberMapping Instance { get; } = new();

    private MemberMapping()
    {
        // An account with a portal-issued user ID signs in with it; its address is a contact address others may share.
        MapKey(MemberSnapshot.EmailKey, "members_email", row => row.Email, row => row.UserId == null, "user_id IS NULL");
        MapKey(MemberSnapshot.UserIdKey, "members_user_id", row => row.UserId);
        MapGroup(MemberSnapshot.ByOrganization, row => row.OrganizationId, row => row.Email);
    }

    public override string TableName => "members";

    public override MemberRow ToRow(MemberSnapshot snapshot, long version)
    {
        var invitation = snapshot.Invitation;
        var credential = snapshot.Credential;
        var oneTimePassword = credential?.OneTimePassword;
        var pending = credential?.PendingSignIn;
        return new MemberRow
        {
            Id = snapshot.Id.Value,
            Version = version,
            OrganizationId = snapshot.OrganizationId.Value,
            Email = snapshot.Email,
            UserId = snapshot.UserId,
            DisplayName = snapshot.DisplayName,
            Type = snapshot.Type.ToString(),
            Status = snapshot.Status.ToString(),
            IsSharedAddress = snapshot.IsSharedAddress,
            Language = snapshot.Language,
            InvitationTokenHash = invitation?.TokenHash,
            InvitationInvitedBy = invitation?.InvitedBy?.Value,
            InvitationSentAt = Timestamps.ToColumn(invitation?.SentAt),
            InvitationExpiresAt = Timestamps.ToColumn(invitation?.ExpiresAt),
            InvitationSendCount = invitation?.SendCount,
            CredentialPasswordHash = credential?.PasswordHash,
            CredentialPasswordChangedAt = Timestamps.ToColumn(credential?.PasswordChangedAt),
            CredentialMustChangePassword = credential?.MustChangePassword,
            CredentialPreviousPasswordHashes = credential is null ? null : StoredJson.Strings(credential.PreviousPasswordHashes),
            CredentialFailedAttempts = credential?.FailedAttempts,
            CredentialLockedOutUntil = Timestamps.ToColumn(credential?.LockedOutUntil),
            CredentialLastSignInAt = Timestamps.ToColumn(credential?.LastSignInAt),
            OneTimePasswordProtectedSecret = oneTimePassword?.ProtectedSecret,
            OneTimePasswordConfirmed = oneTimePassword?.Confirmed,
            OneTimePasswordEnrolledAt = Timestamps.ToColumn(oneTimePassword?.EnrolledAt),
            OneTimePasswordLastAcceptedTimeStep = oneTimePassword?.LastAcceptedTimeStep,
            PendingSignInChallengeHash = pending?.ChallengeHash,
            PendingSignInExpiresAt = Timestamps.ToColumn(pending?.ExpiresAt),
            CreatedAt = Timestamps.ToColumn(snapshot.CreatedAt),
        };
    }

    public override MemberSnapshot ToSnapshot(MemberRow row) => new()
    {
        Id = new MemberId(row.Id),
        Version = row.Version,
        OrganizationId = new OrganizationId(row.OrganizationId),
        Email = row.Email,
        UserId = row.UserId,
        DisplayName = row.DisplayName,
        Type = Enum.Parse<MemberType>(row.Type),
        Status = Enum.Parse<MemberStatus>(row.Status),
        IsSharedAddress = row.IsSharedAddress,
        Language = row.Language,
        Invitation = row.InvitationTokenHash is { } tokenHash
            ? new InvitationSnapshot
            {
                TokenHash = tokenHash,
                InvitedBy = row.InvitationInvitedBy is { } invitedBy ? new MemberId(invitedBy) : null,
                SentAt = Timestamps.FromColumn(row.InvitationSentAt!.Value),
                ExpiresAt = Timestamps.FromColumn(row.InvitationExpiresAt!.Value),
                SendCount = row.InvitationSendCount ?? 1,
            }
            : null,
        Credential = row.CredentialPasswordHash is { } passwordHash
            ? new CredentialSnapshot
            {
                PasswordHash = passwordHash,
                PasswordChangedAt = Timestamps.FromColumn(row.CredentialPasswordChangedAt!.Value),
                MustChangePassword = row.CredentialMustChangePassword ?? false,
                PreviousPasswordHashes = StoredJson.Strings(row.CredentialPreviousPasswordHashes),
                FailedAttempts = row.CredentialFailedAttempts ?? 0,
                LockedOutUntil = Timestamps.FromColumn(row.CredentialLockedOutUntil),
                LastSignInAt = Timestamps.FromColumn(row.CredentialLastSignInAt),
                OneTimePassword = row.OneTimePasswordProtectedSecret is { } secret
                    ? new OneTimePasswordSnapshot
                    {
                        ProtectedSecret = secret,
                        Confirmed = row.OneTimePasswordConfirmed ?? false,
                        EnrolledAt = Timestamps.FromColumn(row.OneTimePasswordEnrolledAt!.Value),
                        LastAcceptedTimeStep = row.OneTimePasswordLastAcceptedTimeStep ?? -1,
                    }
                    : null,
                PendingSignIn = row.PendingSignInChallengeHash is { } challengeHash
                    ? new PendingSignInSnapshot { ChallengeHash = challengeHash, ExpiresAt = Timestamps.FromColumn(row.PendingSignInExpiresAt!.Value) }
                    : null,
            }
            : null,
        CreatedAt = Timestamps.FromColumn(row.CreatedAt),
    };

    protected override void Configure(EntityTypeBuilder<MemberRow> entity, string prefix)
    {
        entity.Property(row => row.Email).HasMaxLength(EmailLength);
        entity.Property(row => row.UserId).HasMaxLength(UserIdLength);
        entity.Property(row => row.Type).HasMaxLength(32);
        entity.Property(row => row.Status).HasMaxLength(32);
        entity.Property(row => row.Language).HasMaxLength(8);
        entity.HasIndex(row => new { row.OrganizationId, row.Email }).HasDatabaseName($"ix_{prefix}members_organization");
    }
}
