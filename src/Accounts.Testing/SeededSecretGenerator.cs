using System.Security.Cryptography;
using Accounts.Security;

namespace Accounts.Testing;

/// <summary>
/// A deterministic <see cref="ISecretGenerator"/> for reproducible tests: the same seed gives
/// the same bytes. Never use it outside tests.
/// </summary>
public sealed class SeededSecretGenerator : ISecretGenerator
{
    private readonly Lock _gate = new();
    private readonly byte[] _seed;
    private long _counter;

    /// <summary>Creates a generator from a seed.</summary>
    /// <param name="seed">Any number; equal seeds give equal sequences.</param>
    public SeededSecretGenerator(int seed)
    {
        _seed = BitConverter.GetBytes(seed);
    }

    /// <inheritdoc />
    public void Fill(Span<byte> destination)
    {
        Span<byte> input = stackalloc byte[12];
        Span<byte> block = stackalloc byte[32];
        lock (_gate)
        {
            while (!destination.IsEmpty)
            {
                _seed.CopyTo(input);
                BitConverter.TryWriteBytes(input[4..], _counter++);
                SHA256.HashData(input, block);
                var take = Math.Min(block.Length, destination.Length);
                block[..take].CopyTo(destination);
                destination = destination[take..];
            }
        }
    }
}
