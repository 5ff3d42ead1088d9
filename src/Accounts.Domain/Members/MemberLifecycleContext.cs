using NodaTime;

namespace Accounts.Members;

/// <summary>What the guards of <see cref="MemberLifecycle"/> look at.</summary>
/// <param name="Now">The current instant.</param>
/// <param name="InvitationExpiresAt">When the account's invitation expires, if it has one.</param>
public readonly record struct MemberLifecycleContext(Instant Now, Instant? InvitationExpiresAt);
