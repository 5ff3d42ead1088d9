using NodaTime;

namespace Accounts.Members;

/// <summary>How invitations behave.</summary>
public sealed record InvitationPolicy
{
    /// <summary>Invitations valid for 7 days.</summary>
    public static InvitationPolicy Default { get; } = new();

    /// <summary>How long an invitation link is accepted after it was sent; resending starts it again.</summary>
    public Duration Lifetime
    {
        get;
        init => field = value > Duration.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "An invitation lifetime must be positive.");
    } = Duration.FromDays(7);
}
