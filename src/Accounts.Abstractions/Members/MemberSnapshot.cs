using Accounts.Organizations;
using Accounts.Storage;
using NodaTime;

namespace Accounts.Members;

/// <summary>The stored state of a personal account, as a store loads and saves it.</summary>
/// <remarks>
/// Snapshots are immutable; a store may keep the instance it was given. <see cref="Version"/>
/// is the version the snapshot was read at (0 for an account not yet saved). A person signs
/// in with one identifier, unique across the portal: the e-mail address, or on a portal that
/// issues user IDs the <see cref="UserId"/>, the address then being a contact address that
/// several accounts may share.
/// </remarks>
public sealed record MemberSnapshot : IAggregateSnapshot<MemberSnapshot>
{
    /// <summary>
    /// One member per normalized e-mail address across the portal, among the accounts that sign in
    /// with their address; an account with a <see cref="UserId"/> claims no address.
    /// </summary>
    public static UniqueKey<MemberSnapshot> EmailKey { get; } = new("member.email", static m => m.UserId is null ? m.Email : null);

    /// <summary>One member per portal-issued user ID; accounts without one claim nothing.</summary>
    public static UniqueKey<MemberSnapshot> UserIdKey { get; } = new("member.user_id", static m => m.UserId);

    /// <summary>The members of an organization, ordered by e-mail address.</summary>
    public static GroupIndex<MemberSnapshot> ByOrganization { get; } = new("member.organization", static m => m.OrganizationId.Value, static m => m.Email);

    /// <summary>The <c>member</c> aggregate.</summary>
    public static AggregateType<MemberSnapshot> Aggregate { get; } = new(
        "member",
        static m => m.Id.Value,
        static (m, version) => m with { Version = version },
        [EmailKey, UserIdKey],
        [ByOrganization]);

    /// <summary>The identifier.</summary>
    public required MemberId Id { get; init; }

    /// <summary>The organization the account belongs to.</summary>
    public required OrganizationId OrganizationId { get; init; }

    /// <summary>
    /// The normalized e-mail address: the person's sign-in identifier, unique across the portal,
    /// or their contact address when the account has a <see cref="UserId"/>.
    /// </summary>
    public required string Email { get; init; }

    /// <summary>
    /// The user ID the portal issued for signing in (NEXI's Web user ID), unique across the portal;
    /// <see langword="null"/> when the person signs in with the e-mail address.
    /// </summary>
    public string? UserId { get; init; }

    /// <summary>The person's name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The member type.</summary>
    public required MemberType Type { get; init; }

    /// <summary>Invited, active or disabled.</summary>
    public required MemberStatus Status { get; init; }

    /// <summary>Whether the address was flagged as shared by several people (the organization then answers for the password).</summary>
    public bool IsSharedAddress { get; init; }

    /// <summary>The preferred language of mail, <c>ja</c> or <c>en</c>.</summary>
    public string Language { get; init; } = "ja";

    /// <summary>The pending invitation, while <see cref="Status"/> is <see cref="MemberStatus.Invited"/>.</summary>
    public InvitationSnapshot? Invitation { get; init; }

    /// <summary>The sign-in credential, once the person has one.</summary>
    public CredentialSnapshot? Credential { get; init; }

    /// <summary>When the account was created.</summary>
    public required Instant CreatedAt { get; init; }

    /// <summary>The version this snapshot was read at; 0 for a new account.</summary>
    public long Version { get; init; }
}
