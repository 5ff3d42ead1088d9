using System.Globalization;
using System.Text;
using Accounts.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accounts.Domain.Tests.Text;

/// <summary>
/// The library's own NFC. This project runs with invariant globalization, where
/// <see cref="string.Normalize()"/> changes nothing, so the known answers come from the
/// generator script (Python's Unicode data), not from the runtime.
/// </summary>
public sealed class CanonicalNormalizerTests
{
    private static readonly Gen<string> Text = Gen.Choose(1, 10).SelectMany(length => Gen.OneOf(
            Gen.Choose('A', 'Z'),
            Gen.Choose(0xC0, 0x17F),
            Gen.Choose(0x300, 0x36F),
            Gen.Choose(0x3041, 0x3096),
            Gen.Elements(0x3099, 0x309A),
            Gen.Choose(0x30A1, 0x30F6),
            Gen.Choose(0x1100, 0x1112),
            Gen.Choose(0x1161, 0x1175),
            Gen.Choose(0x11A8, 0x11C2),
            Gen.Choose(0xAC00, 0xD7A3),
            Gen.Choose(0x1E00, 0x1EFF),
            Gen.Elements(0x0F71, 0x0F72, 0x0591, 0x05B0, 0x2126, 0x212B, 0x1D15E))
        .ArrayOf(length))
        .Select(codePoints => string.Concat(codePoints.Select(char.ConvertFromUtf32)));

    [Fact]
    public void EveryKnownAnswer_OfTheUnicodeData_IsReproduced()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Text", "nfc-known-answers.txt");
        var cases = File.ReadLines(path).Where(line => !line.StartsWith('#')).Select(line => line.Split(';')).ToList();

        Assert.Equal(2000, cases.Count);
        Assert.All(cases, c => Assert.Equal(Decode(c[1]), CanonicalNormalizer.ToNfc(Decode(c[0]))));
    }

    [Theory]
    [InlineData("Cafe\u0301", "Caf\u00E9")]
    [InlineData("\u304B\u3099", "\u304C")]
    [InlineData("\u30CF\u309A", "\u30D1")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("\u212B", "\u00C5")]
    [InlineData("a\u0328\u0301", "\u0105\u0301")]
    [InlineData("\u0301e", "\u0301e")]
    [InlineData("\uD800x", "\uD800x")]
    public void KnownSpellings_ComposeAsUnicodeSays(string text, string expected)
    {
        Assert.Equal(expected, CanonicalNormalizer.ToNfc(text));
    }

    [Property]
    public Property Property_NormalizingTwice_ChangesNothingMore()
    {
        return Prop.ForAll(Text.ToArbitrary(), text =>
        {
            var once = CanonicalNormalizer.ToNfc(text);
            return CanonicalNormalizer.ToNfc(once) == once;
        });
    }

    [Property]
    public Property Property_ADecomposedSpelling_ComposesToTheSameText()
    {
        return Prop.ForAll(Text.ToArbitrary(), text =>
        {
            var composed = CanonicalNormalizer.ToNfc(text);
            return CanonicalNormalizer.ToNfc(Decomposed(composed)) == composed;
        });
    }

    [Property]
    public Property Property_TextWithoutCombiningRange_IsReturnedAsItIs_WithoutAllocating()
    {
        return Prop.ForAll(Generators.StringOf(Gen.Choose(0, 0x2FF).Select(c => (char)c), 40).ToArbitrary(), text =>
            ReferenceEquals(text, CanonicalNormalizer.ToNfc(text)));
    }

    private static string Decode(string codePoints) =>
        string.Concat(codePoints.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(hex => char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));

    // Splits every precomposed Hangul syllable and every character with a combining mark the
    // table knows into its parts, the way another keyboard might type it.
    private static string Decomposed(string text)
    {
        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var syllable = rune.Value - 0xAC00;
            if (syllable is >= 0 and < 11172)
            {
                builder.Append((char)(0x1100 + (syllable / 588))).Append((char)(0x1161 + (syllable % 588 / 28)));
                if (syllable % 28 != 0)
                {
                    builder.Append((char)(0x11A7 + (syllable % 28)));
                }

                continue;
            }

            builder.Append(rune.Value switch
            {
                0x00E9 => "e\u0301",
                0x00C5 => "A\u030A",
                0x304C => "\u304B\u3099",
                0x30D1 => "\u30CF\u309A",
                _ => rune.ToString(),
            });
        }

        return builder.ToString();
    }
}
