using Accounts.Organizations;

namespace Accounts.Members;

/// <summary>An administrator's request to invite a person.</summary>
public sealed record InviteMember
{
    /// <summary>The person's e-mail address, which identifies the account.</summary>
    public string? Email { get; init; }

    /// <summary>The person's name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The member type; inviting an applicant needs the "register applicant users" permission, any other type "invite users".</summary>
    public MemberType Type { get; init; } = MemberType.General;

    /// <summary>Whether the address is shared by several people (allowed, with a warning).</summary>
    public bool IsSharedAddress { get; init; }

    /// <summary>The language of the person's mail, <c>ja</c> or <c>en</c>; the portal's default when left out.</summary>
    public string? Language { get; init; }

    /// <summary>The organization to invite into; the administrator's own when left out.</summary>
    public OrganizationId? OrganizationId { get; init; }
}
