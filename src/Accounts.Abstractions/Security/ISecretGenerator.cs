namespace Accounts.Security;

/// <summary>
/// The one source of randomness of the library: tokens, registration passwords, salts,
/// initial passwords and identifiers all come from it.
/// </summary>
/// <remarks>
/// The default implementation draws from the operating system's cryptographic generator.
/// Tests may substitute a deterministic one; production hosts must not.
/// </remarks>
public interface ISecretGenerator
{
    /// <summary>Fills the destination with cryptographically strong random bytes.</summary>
    /// <param name="destination">The bytes to fill.</param>
    void Fill(Span<byte> destination);
}
