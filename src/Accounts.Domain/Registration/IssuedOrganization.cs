using Accounts.Members;
using Accounts.Notifications;
using Accounts.Organizations;

namespace Accounts.Registration;

/// <summary>What the cutover writes for one pre-registration: the organization, its people, and one activation mail each.</summary>
internal sealed record IssuedOrganization(OrganizationSnapshot Organization, List<MemberSnapshot> Members, List<OutboxMessage> Mail);
