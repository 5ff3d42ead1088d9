using System.Buffers.Binary;
using System.Text;

namespace Accounts.Text;

/// <summary>Which characters each <see cref="FullWidthRepertoire"/> holds; allocation-free and the same on every machine and culture.</summary>
public static class FullWidthCharacters
{
    private const int BlockBytes = 32;

    /// <summary>Whether the repertoire holds the character.</summary>
    /// <param name="repertoire">The repertoire.</param>
    /// <param name="rune">The character.</param>
    /// <exception cref="ArgumentOutOfRangeException">The repertoire is not one of the named values.</exception>
    public static bool Contains(FullWidthRepertoire repertoire, Rune rune)
    {
        var set = (uint)repertoire;
        if (set >= FullWidthTables.SetCount)
        {
            throw new ArgumentOutOfRangeException(nameof(repertoire), repertoire, "Unknown full-width repertoire.");
        }

        var codePoint = rune.Value;
        if (codePoint >= FullWidthTables.Limit)
        {
            return false;
        }

        var slot = ((int)set * FullWidthTables.BlocksPerSet) + (codePoint >> 8);
        var block = BinaryPrimitives.ReadUInt16LittleEndian(FullWidthTables.Index.Slice(slot * 2, 2));
        return (FullWidthTables.Blocks[(block * BlockBytes) + ((codePoint & 0xFF) >> 3)] & (1 << (codePoint & 7))) != 0;
    }

    /// <summary>How many characters the repertoire holds.</summary>
    /// <param name="repertoire">The repertoire.</param>
    /// <exception cref="ArgumentOutOfRangeException">The repertoire is not one of the named values.</exception>
    public static int Count(FullWidthRepertoire repertoire) =>
        (uint)repertoire < FullWidthTables.SetCount
            ? FullWidthTables.Counts[(int)repertoire]
            : throw new ArgumentOutOfRangeException(nameof(repertoire), repertoire, "Unknown full-width repertoire.");
}
