using System.Text;

namespace Accounts.FullWidthTableGenerator;

/// <summary>The double-byte characters of code page 932 (Shift_JIS as Windows maps it), read from the runtime's own mapping.</summary>
internal static class Cp932Repertoire
{
    // Where Windows maps a JIS X 0208 code to another character than the JIS standard does,
    // both readings are accepted: the same JIS code arrives either way (macOS and many IMEs
    // send the standard's WAVE DASH, Windows sends FULLWIDTH TILDE).
    private static readonly int[] JisStandardReadings =
    [
        0x2014, // — EM DASH (Windows: U+2015)
        0x2016, // ‖ DOUBLE VERTICAL LINE (Windows: U+2225)
        0x2212, // − MINUS SIGN (Windows: U+FF0D)
        0x301C, // 〜 WAVE DASH (Windows: U+FF5E)
        0x00A2, // ¢ CENT SIGN (Windows: U+FFE0)
        0x00A3, // £ POUND SIGN (Windows: U+FFE1)
        0x00AC, // ¬ NOT SIGN (Windows: U+FFE2)
    ];

    /// <summary>JIS X 0208: rows 1–8 and 16–84, the Shift_JIS lead bytes 0x81–0x84, 0x88–0x9F and 0xE0–0xEA.</summary>
    public static HashSet<int> JisX0208() =>
        [.. Decode(lead => lead is (>= 0x81 and <= 0x84) or (>= 0x88 and <= 0x9F) or (>= 0xE0 and <= 0xEA)), .. JisStandardReadings];

    /// <summary>Every double-byte character of code page 932 except the user-defined area: JIS X 0208 with the NEC special characters (row 13) and the IBM extensions.</summary>
    public static HashSet<int> Cp932() =>
        [.. Decode(lead => lead is (>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xEF) or (>= 0xFA and <= 0xFC)), .. JisStandardReadings];

    private static IEnumerable<int> Decode(Func<int, bool> leadByte)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var code = new byte[2];
        for (var lead = 0x81; lead <= 0xFC; lead++)
        {
            if (!leadByte(lead))
            {
                continue;
            }

            for (var trail = 0x40; trail <= 0xFC; trail++)
            {
                if (trail == 0x7F)
                {
                    continue;
                }

                code[0] = (byte)lead;
                code[1] = (byte)trail;
                string text;
                try
                {
                    text = encoding.GetString(code);
                }
                catch (DecoderFallbackException)
                {
                    continue;
                }

                // A code the runtime maps to the character of another code (NEC and IBM duplicates)
                // still names that character; only what encodes back to two bytes is taken.
                if (text.Length == 1 && !char.IsSurrogate(text[0]) && encoding.GetByteCount(text) == 2)
                {
                    yield return text[0];
                }
            }
        }
    }
}
