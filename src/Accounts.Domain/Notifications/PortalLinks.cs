namespace Accounts.Notifications;

/// <summary>
/// The portal's addresses that mail links to. A link that carries a secret token has
/// <c>{token}</c> where the token goes; every such link renders through one rule
/// (<see cref="SecretLink"/>), and a secret with no link is never silently left out.
/// </summary>
public sealed record PortalLinks
{
    /// <summary>The sign-in page.</summary>
    public string SignInUrl { get; init => field = Absolute(value); } = "https://portal.example.com/sign-in";

    /// <summary>Where an invited person accepts, with <c>{token}</c>.</summary>
    public string InvitationUrl { get; init => field = WithToken(value); } = "https://portal.example.com/invitations/accept?token={token}";

    /// <summary>Where an applicant follows the onboarding registration link, with <c>{token}</c>.</summary>
    public string RegistrationUrl { get; init => field = WithToken(value); } = "https://portal.example.com/onboarding/authenticate?token={token}";

    /// <summary>Where an applicant follows an onboarding resume link, with <c>{token}</c>.</summary>
    public string ResumeUrl { get; init => field = WithToken(value); } = "https://portal.example.com/onboarding/resume?token={token}";

    private static string Absolute(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? value
            : throw new ArgumentException($"'{value}' is not an absolute http or https address.", nameof(value));

    private static string WithToken(string value) =>
        Absolute(value).Contains("{token}", StringComparison.Ordinal)
            ? value
            : throw new ArgumentException($"A link that carries a token needs '{{token}}' where the token goes; '{value}' has none.", nameof(value));
}
