using System.Text;

namespace Accounts.Text;

/// <summary>
/// Unicode Normalization Form C with the library's own tables (<see cref="CanonicalCompositionTables"/>):
/// the same answer on every host, including hosts with invariant globalization, where
/// <see cref="string.Normalize()"/> has no data and leaves text unchanged.
/// </summary>
internal static class CanonicalNormalizer
{
    // Below U+0300 every character is a starter that no following character composes with.
    private const char FirstCombiningCharacter = '\u0300';

    private const int HangulSyllableBase = 0xAC00;
    private const int HangulLeadBase = 0x1100;
    private const int HangulVowelBase = 0x1161;
    private const int HangulTrailBase = 0x11A7;
    private const int HangulVowelCount = 21;
    private const int HangulTrailCount = 28;
    private const int HangulLeadCount = 19;
    private const int HangulBlockCount = HangulVowelCount * HangulTrailCount;
    private const int HangulSyllableCount = HangulLeadCount * HangulBlockCount;

    /// <summary>The NFC form of a text. Lone surrogates are kept as they are.</summary>
    /// <param name="text">The text.</param>
    public static string ToNfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange(FirstCombiningCharacter, char.MaxValue))
        {
            return text;
        }

        var codePoints = new List<int>(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            Decompose(codePoint, codePoints);
        }

        Reorder(codePoints);
        Compose(codePoints);
        var builder = new StringBuilder(codePoints.Count);
        foreach (var codePoint in codePoints)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                builder.Append((char)codePoint);
            }
            else
            {
                builder.Append(char.ConvertFromUtf32(codePoint));
            }
        }

        var normalized = builder.ToString();
        return normalized == text ? text : normalized;
    }

    /// <summary>The canonical combining class of a code point; 0 for a starter.</summary>
    /// <param name="codePoint">The code point.</param>
    public static int CombiningClass(int codePoint)
    {
        var index = Array.BinarySearch(CanonicalCompositionTables.CombiningStarts, codePoint);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 && codePoint <= CanonicalCompositionTables.CombiningEnds[index] ? CanonicalCompositionTables.CombiningClasses[index] : 0;
    }

    private static void Decompose(int codePoint, List<int> output)
    {
        var syllable = codePoint - HangulSyllableBase;
        if (syllable is >= 0 and < HangulSyllableCount)
        {
            output.Add(HangulLeadBase + (syllable / HangulBlockCount));
            output.Add(HangulVowelBase + (syllable % HangulBlockCount / HangulTrailCount));
            if (syllable % HangulTrailCount != 0)
            {
                output.Add(HangulTrailBase + (syllable % HangulTrailCount));
            }

            return;
        }

        var index = Array.BinarySearch(CanonicalCompositionTables.Decomposable, codePoint);
        if (index < 0)
        {
            output.Add(codePoint);
            return;
        }

        Decompose(CanonicalCompositionTables.DecompositionFirst[index], output);
        if (CanonicalCompositionTables.DecompositionSecond[index] is var second and >= 0)
        {
            Decompose(second, output);
        }
    }

    // Canonical ordering: a stable sort of each run of non-starters by combining class.
    private static void Reorder(List<int> codePoints)
    {
        for (var i = 1; i < codePoints.Count; i++)
        {
            var current = codePoints[i];
            var currentClass = CombiningClass(current);
            if (currentClass == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0 && CombiningClass(codePoints[j - 1]) > currentClass)
            {
                codePoints[j] = codePoints[j - 1];
                j--;
            }

            codePoints[j] = current;
        }
    }

    // The canonical composition algorithm of UAX #15: each character joins the last starter
    // unless a character of the same or a higher class stands between them.
    private static void Compose(List<int> codePoints)
    {
        if (codePoints.Count == 0)
        {
            return;
        }

        var starterPosition = 0;
        var starter = codePoints[0];
        var lastClass = CombiningClass(starter) == 0 ? 0 : 256;
        var written = 1;
        for (var read = 1; read < codePoints.Count; read++)
        {
            var current = codePoints[read];
            var currentClass = CombiningClass(current);
            var composite = Composite(starter, current);
            if (composite >= 0 && (lastClass < currentClass || lastClass == 0))
            {
                codePoints[starterPosition] = composite;
                starter = composite;
                continue;
            }

            if (currentClass == 0)
            {
                starterPosition = written;
                starter = current;
            }

            lastClass = currentClass;
            codePoints[written++] = current;
        }

        codePoints.RemoveRange(written, codePoints.Count - written);
    }

    private static int Composite(int first, int second)
    {
        var lead = first - HangulLeadBase;
        var vowel = second - HangulVowelBase;
        if (lead is >= 0 and < HangulLeadCount && vowel is >= 0 and < HangulVowelCount)
        {
            return HangulSyllableBase + (((lead * HangulVowelCount) + vowel) * HangulTrailCount);
        }

        var syllable = first - HangulSyllableBase;
        var trail = second - HangulTrailBase;
        if (syllable is >= 0 and < HangulSyllableCount && syllable % HangulTrailCount == 0 && trail is > 0 and < HangulTrailCount)
        {
            return first + trail;
        }

        var index = Array.BinarySearch(CanonicalCompositionTables.CompositionPairs, ((long)first << 21) | (uint)second);
        return index >= 0 ? CanonicalCompositionTables.Composites[index] : -1;
    }
}
