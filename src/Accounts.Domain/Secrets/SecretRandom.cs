using System.Buffers.Binary;
using Accounts.Security;

namespace Accounts.Secrets;

/// <summary>Unbiased random choices drawn from the injected <see cref="ISecretGenerator"/>.</summary>
internal static class SecretRandom
{
    /// <summary>Returns a uniformly distributed number in [0, <paramref name="maxExclusive"/>).</summary>
    /// <param name="secrets">The cryptographic generator.</param>
    /// <param name="maxExclusive">The upper bound, at least 1.</param>
    public static int NextInt(ISecretGenerator secrets, int maxExclusive)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExclusive, 1);
        if (maxExclusive == 1)
        {
            return 0;
        }

        // Rejection sampling: values past the last whole multiple of the bound would favour small results.
        var limit = uint.MaxValue - (uint.MaxValue % (uint)maxExclusive);
        Span<byte> bytes = stackalloc byte[4];
        while (true)
        {
            secrets.Fill(bytes);
            var value = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
            if (value < limit)
            {
                return (int)(value % (uint)maxExclusive);
            }
        }
    }

    /// <summary>Shuffles the items in place (Fisher–Yates).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="secrets">The cryptographic generator.</param>
    /// <param name="items">The items.</param>
    public static void Shuffle<T>(ISecretGenerator secrets, Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(secrets, i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
