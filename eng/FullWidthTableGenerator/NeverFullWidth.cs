using System.Globalization;
using System.Text;

namespace Accounts.FullWidthTableGenerator;

/// <summary>What no full-width repertoire holds: ASCII, half-width katakana, and the characters no text field accepts.</summary>
internal static class NeverFullWidth
{
    public static bool Holds(int codePoint)
    {
        if (codePoint is (>= 0x20 and <= 0x7E) or (>= 0xFF61 and <= 0xFF9F) || (codePoint & 0xFFFE) == 0xFFFE || codePoint is >= 0xFDD0 and <= 0xFDEF)
        {
            return true;
        }

        // Unassigned code points stay: East Asian Width gives whole CJK blocks W ahead of Unicode
        // assigning them, and the text rules refuse what the runtime does not know yet.
        return !Rune.IsValid(codePoint) || Rune.GetUnicodeCategory(new Rune(codePoint)) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.PrivateUse or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;
    }
}
