using Accounts.Members;
using Accounts.Organizations;

namespace Accounts.UseCases;

/// <summary>An acting member allowed an action on another member.</summary>
/// <param name="Actor">The acting member, as read.</param>
/// <param name="Target">The member acted on, as read.</param>
/// <param name="Organization">The target's organization, as read.</param>
internal readonly record struct MemberAccess(MemberSnapshot Actor, MemberSnapshot Target, OrganizationSnapshot Organization);
