using System.Text.RegularExpressions;

namespace Accounts.Testing;

/// <summary>Reads the token out of a link in a delivered mail, as the recipient's click would.</summary>
public static partial class MailLinks
{
    /// <summary>The value of the first <c>token=</c> query parameter in the text.</summary>
    /// <param name="body">The mail body.</param>
    /// <exception cref="InvalidOperationException">The text holds no token link.</exception>
    public static string Token(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var match = TokenParameter().Match(body);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("The mail holds no link with a token.");
    }

    [GeneratedRegex(@"[?&]token=([A-Za-z0-9_\-]+)")]
    private static partial Regex TokenParameter();
}
