namespace Accounts.Notifications;

/// <summary>
/// How a secret mail parameter (a token) reaches its recipient: only inside a link of the
/// portal. The parameter's value replaces <c>{token}</c> in the link's address, and the link
/// fills the template's placeholder.
/// </summary>
/// <param name="Parameter">The secret parameter, for example <c>invitationToken</c>.</param>
/// <param name="Placeholder">The template placeholder the link fills, for example <c>invitationUrl</c>.</param>
/// <param name="Address">Reads the link's address, with <c>{token}</c>, from the portal's links.</param>
public sealed record SecretLink(string Parameter, string Placeholder, Func<PortalLinks, string> Address)
{
    /// <summary>Whether the secret is shown as itself rather than inside a link: a password the recipient types, such as the onboarding registration password.</summary>
    public bool ShownAsIs { get; private init; }

    /// <summary>A secret the mail shows as itself, for the recipient to type; never a token that unlocks anything alone.</summary>
    /// <param name="parameter">The secret parameter.</param>
    /// <param name="placeholder">The template placeholder it fills.</param>
    public static SecretLink AsIs(string parameter, string placeholder) => new(parameter, placeholder, static _ => "{token}") { ShownAsIs = true };
}
