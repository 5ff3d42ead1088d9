namespace Accounts.Notifications;

/// <summary>The portal's addresses that mail links to. <c>{token}</c> stands for the secret token of the link.</summary>
public sealed record PortalLinks
{
    /// <summary>Where an invited person accepts, with <c>{token}</c>.</summary>
    public string InvitationUrl { get; init; } = "https://portal.example.com/invitations/accept?token={token}";

    /// <summary>The sign-in page.</summary>
    public string SignInUrl { get; init; } = "https://portal.example.com/sign-in";
}
