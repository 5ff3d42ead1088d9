namespace Accounts.Members;

/// <summary>One page of an organization's members.</summary>
/// <param name="Members">The members of the page, ordered by e-mail address.</param>
/// <param name="Total">How many members the organization has.</param>
public sealed record MemberList(IReadOnlyList<MemberView> Members, int Total);
