namespace Accounts.Secrets;

/// <summary>A freshly issued token: the text to hand to its holder once, and the hash to store.</summary>
/// <param name="Token">The token text, for a link or a mail; never stored.</param>
/// <param name="Hash">The SHA-256 hash of the token's secret part, Base64Url; what is stored.</param>
internal readonly record struct IssuedToken(string Token, string Hash)
{
    /// <summary>Never shows the token or its hash.</summary>
    public override string ToString() => "IssuedToken { *** }";
}
