using System.Security.Cryptography;
using Accounts.Security;

namespace Accounts.Secrets;

/// <summary>
/// The default <see cref="ISecretGenerator"/>: the operating system's cryptographically
/// secure random number generator, read in 4 KB blocks per thread.
/// </summary>
/// <remarks>
/// A call into the operating system costs about the same for 16 bytes as for 4 KB, so each
/// thread draws a block and serves small requests from it; served bytes are zeroed in the
/// block at once. Requests larger than a quarter block go straight to the operating system.
/// </remarks>
public sealed class CryptographicSecretGenerator : ISecretGenerator
{
    private const int BlockSize = 4096;

    [ThreadStatic]
    private static byte[]? _block;

    [ThreadStatic]
    private static int _served;

    /// <summary>The shared instance; the generator holds no state of its own.</summary>
    public static CryptographicSecretGenerator Instance { get; } = new();

    /// <inheritdoc />
    public void Fill(Span<byte> destination)
    {
        if (destination.Length > BlockSize / 4)
        {
            RandomNumberGenerator.Fill(destination);
            return;
        }

        var block = _block;
        if (block is null || BlockSize - _served < destination.Length)
        {
            block = _block ??= new byte[BlockSize];
            RandomNumberGenerator.Fill(block);
            _served = 0;
        }

        var slice = block.AsSpan(_served, destination.Length);
        slice.CopyTo(destination);
        slice.Clear();
        _served += destination.Length;
    }
}
