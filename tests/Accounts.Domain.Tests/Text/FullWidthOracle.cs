using System.Globalization;
using System.Text;
using Accounts.Text;

namespace Accounts.Domain.Tests.Text;

/// <summary>
/// What each full-width repertoire should hold, decided independently of the library's bitmaps:
/// JIS X 0208 and code page 932 by encoding the character with the runtime's code page 932 and
/// looking at the Shift_JIS lead byte; JIS X 0213 and East Asian Width from the data files the
/// build reads, parsed here on their own.
/// </summary>
internal static class FullWidthOracle
{
    /// <summary>The JIS standard's reading of the seven codes Windows maps to other characters.</summary>
    public static IReadOnlySet<int> JisStandardReadings { get; } = new HashSet<int> { 0x2014, 0x2016, 0x2212, 0x301C, 0x00A2, 0x00A3, 0x00AC };

    private static readonly Encoding Cp932 = CreateCp932();
    private static readonly Lazy<HashSet<int>> JisX0213File = new(() => ReadData("jis-x-0213.txt"));
    private static readonly Lazy<HashSet<int>> EastAsianWideFile = new(() => ReadData("east-asian-width-wf.txt"));

    /// <summary>The kanji of JIS X 0208 levels 1 and 2, for generators.</summary>
    public static char[] JisX0208Kanji { get; } =
        [.. Enumerable.Range(0x4E00, 0x9FFF - 0x4E00 + 1).Where(c => Holds(FullWidthRepertoire.JisX0208, c)).Select(c => (char)c)];

    public static bool Holds(FullWidthRepertoire repertoire, int codePoint) => !NeverFullWidth(codePoint) && repertoire switch
    {
        FullWidthRepertoire.JisX0208 => JisStandardReadings.Contains(codePoint) || LeadByte(codePoint) is (>= 0x81 and <= 0x84) or (>= 0x88 and <= 0x9F) or (>= 0xE0 and <= 0xEA),
        FullWidthRepertoire.Cp932 => JisStandardReadings.Contains(codePoint) || LeadByte(codePoint) is (>= 0x81 and <= 0xEF) or (>= 0xFA and <= 0xFC),
        FullWidthRepertoire.JisX0213 => JisX0213File.Value.Contains(codePoint) || Holds(FullWidthRepertoire.JisX0208, codePoint),
        FullWidthRepertoire.EastAsianWide => EastAsianWideFile.Value.Contains(codePoint),
        _ => throw new ArgumentOutOfRangeException(nameof(repertoire)),
    };

    // ASCII, half-width katakana and what no text field takes, whatever a source says (Shift_JIS-2004
    // decodes two double-byte codes to \ and ~, and holds the soft hyphen). Unassigned code points
    // stay: East Asian Width names whole CJK blocks ahead of Unicode filling them.
    private static bool NeverFullWidth(int codePoint)
    {
        if (codePoint is (>= 0x20 and <= 0x7E) or (>= 0xFF61 and <= 0xFF9F))
        {
            return true;
        }

        var rune = new Rune(codePoint);
        return TextValidation.HasForbiddenCharacters(rune.ToString()) && Rune.GetUnicodeCategory(rune) != UnicodeCategory.OtherNotAssigned;
    }

    // The lead byte of the character's two-byte code page 932 code, or 0 when it has none.
    private static int LeadByte(int codePoint)
    {
        if (codePoint > 0xFFFF || char.IsSurrogate((char)codePoint))
        {
            return 0;
        }

        Span<byte> code = stackalloc byte[4];
        var character = (char)codePoint;
        var length = Cp932.GetBytes(new ReadOnlySpan<char>(in character), code);
        return length == 2 ? code[0] : 0;
    }

    private static Encoding CreateCp932()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, new EncoderReplacementFallback("?"), DecoderFallback.ReplacementFallback);
    }

    private static HashSet<int> ReadData(string name)
    {
        var codePoints = new HashSet<int>();
        var lines = File.ReadAllLines(Path.Combine(GoldenDocs.RepositoryRoot(), "eng", "data", name))
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.Length > 0);
        foreach (var line in lines)
        {
            var parts = line.Split("..").Select(hex => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            codePoints.UnionWith(Enumerable.Range(parts[0], parts[^1] - parts[0] + 1));
        }

        return codePoints;
    }
}
