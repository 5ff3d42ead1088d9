using NodaTime;

namespace Accounts.Members;

/// <summary>The pending invitation of an account in the <see cref="MemberStatus.Invited"/> state.</summary>
/// <remarks>Only a hash of the invitation token is stored; <see cref="ToString"/> never shows it.</remarks>
public sealed record InvitationSnapshot
{
    /// <summary>The SHA-256 hash of the token's secret part, Base64Url.</summary>
    public required string TokenHash { get; init; }

    /// <summary>Who invited the person; <see langword="null"/> when the portal did (a founding administrator).</summary>
    public MemberId? InvitedBy { get; init; }

    /// <summary>When the current token was sent.</summary>
    public required Instant SentAt { get; init; }

    /// <summary>When the current token stops being accepted.</summary>
    public required Instant ExpiresAt { get; init; }

    /// <summary>How many times the invitation was sent, the first time included.</summary>
    public int SendCount { get; init; } = 1;

    /// <summary>Shows the dates, never the token hash.</summary>
    public override string ToString() => $"Invitation {{ SentAt = {SentAt}, ExpiresAt = {ExpiresAt}, SendCount = {SendCount}, InvitedBy = {InvitedBy} }}";
}
