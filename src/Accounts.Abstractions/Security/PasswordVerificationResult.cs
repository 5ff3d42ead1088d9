namespace Accounts.Security;

/// <summary>The answer of <see cref="IPasswordHasher.Verify"/>.</summary>
public enum PasswordVerificationResult
{
    /// <summary>The password does not match, or the hash is not one this hasher reads.</summary>
    Failed = 0,

    /// <summary>The password matches.</summary>
    Succeeded = 1,

    /// <summary>The password matches, and the hash should be replaced with one made with the current parameters.</summary>
    SucceededRehashNeeded = 2,
}
