using Accounts.Members;
using Accounts.Organizations;

namespace Accounts.Permissions;

/// <summary>An allowed action: who may do what on which organization.</summary>
/// <param name="MemberId">The acting account.</param>
/// <param name="OrganizationId">The organization acted on.</param>
/// <param name="Type">The account's type.</param>
/// <param name="Action">The action.</param>
public sealed record AccessGranted(MemberId MemberId, OrganizationId OrganizationId, MemberType Type, PermissionAction Action);
