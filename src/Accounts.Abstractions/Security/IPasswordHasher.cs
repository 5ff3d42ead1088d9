namespace Accounts.Security;

/// <summary>Turns passwords into slow, salted, versioned hashes and checks them.</summary>
/// <remarks>
/// The default implementation in <c>Accounts.Domain</c> is PBKDF2-HMAC-SHA256. Hashes carry
/// their own parameters, so a hasher can verify older hashes and answer
/// <see cref="PasswordVerificationResult.SucceededRehashNeeded"/> when its parameters changed.
/// </remarks>
public interface IPasswordHasher
{
    /// <summary>Hashes a password with a fresh random salt.</summary>
    /// <param name="password">The password; not kept.</param>
    string Hash(ReadOnlySpan<char> password);

    /// <summary>Checks a password against a hash in constant time.</summary>
    /// <param name="hash">A hash this hasher (or an earlier version of it) produced.</param>
    /// <param name="password">The password to check.</param>
    PasswordVerificationResult Verify(string hash, ReadOnlySpan<char> password);
}
