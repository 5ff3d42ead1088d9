using Accounts.Members;

namespace Accounts.Storage;

/// <summary>One page of an organization's accounts.</summary>
/// <param name="Items">The accounts of the page, ordered by e-mail address.</param>
/// <param name="Total">How many accounts the organization has in all.</param>
public sealed record MemberPage(IReadOnlyList<MemberSnapshot> Items, int Total);
