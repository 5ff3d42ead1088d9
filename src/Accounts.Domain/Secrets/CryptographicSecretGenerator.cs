using System.Security.Cryptography;
using Accounts.Security;

namespace Accounts.Secrets;

/// <summary>
/// The default <see cref="ISecretGenerator"/>: the operating system's cryptographically
/// secure random number generator.
/// </summary>
public sealed class CryptographicSecretGenerator : ISecretGenerator
{
    /// <summary>The shared instance; the generator holds no state.</summary>
    public static CryptographicSecretGenerator Instance { get; } = new();

    /// <inheritdoc />
    public void Fill(Span<byte> destination) => RandomNumberGenerator.Fill(destination);
}
