using Accounts.Members;
using Accounts.Organizations;

namespace Accounts.UseCases;

/// <summary>An acting member allowed an action on an organization.</summary>
/// <param name="Actor">The acting member, as read.</param>
/// <param name="Organization">The organization acted on, as read.</param>
internal readonly record struct ActorAccess(MemberSnapshot Actor, OrganizationSnapshot Organization);
