using Accounts.Organizations;
using Accounts.Storage;
using NodaTime;

namespace Accounts.Members;

/// <summary>The stored state of a personal account, as a store loads and saves it.</summary>
/// <remarks>
/// Snapshots are immutable; a store may keep the instance it was given. <see cref="Version"/>
/// is the version the snapshot was read at (0 for an account not yet saved). The e-mail
/// address is unique across the portal.
/// </remarks>
public sealed record MemberSnapshot : IAggregateSnapshot<MemberSnapshot>
{
    /// <summary>One member per normalized e-mail address across the portal.</summary>
    public static UniqueKey<MemberSnapshot> EmailKey { get; } = new("member.email", static m => m.Email);

    /// <summary>The members of an organization, ordered by e-mail address.</summary>
    public static GroupIndex<MemberSnapshot> ByOrganization { get; } = new("member.organization", static m => m.OrganizationId.Value, static m => m.Email);

    /// <summary>The <c>member</c> aggregate.</summary>
    public static AggregateType<MemberSnapshot> Aggregate { get; } = new(
        "member",
        static m => m.Id.Value,
        static (m, version) => m with { Version = version },
        [EmailKey],
        [ByOrganization]);

    /// <summary>The identifier.</summary>
    public required MemberId Id { get; init; }

    /// <summary>The organization the account belongs to.</summary>
    public required OrganizationId OrganizationId { get; init; }

    /// <summary>The normalized e-mail address that identifies the person, unique across the portal.</summary>
    public required string Email { get; init; }

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
