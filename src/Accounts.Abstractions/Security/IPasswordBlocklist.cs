namespace Accounts.Security;

/// <summary>Says whether a password is known to be common or breached (NIST SP 800-63B's blocklist check).</summary>
/// <remarks>
/// The library ships a small built-in list of the most common passwords. A host can plug in a
/// larger list or a breach-corpus service; the port is asynchronous for that reason.
/// </remarks>
public interface IPasswordBlocklist
{
    /// <summary>Whether the password is on the list.</summary>
    /// <param name="password">The candidate password; never logged or stored.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<bool> ContainsAsync(string password, CancellationToken cancellationToken);
}
