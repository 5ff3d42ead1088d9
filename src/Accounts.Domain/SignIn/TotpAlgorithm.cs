namespace Accounts.SignIn;

/// <summary>The HMAC behind a time-based one-time password.</summary>
public enum TotpAlgorithm
{
    /// <summary>HMAC-SHA-1, what authenticator apps support everywhere.</summary>
    Sha1 = 1,

    /// <summary>HMAC-SHA-256.</summary>
    Sha256 = 2,

    /// <summary>HMAC-SHA-512.</summary>
    Sha512 = 3,
}
