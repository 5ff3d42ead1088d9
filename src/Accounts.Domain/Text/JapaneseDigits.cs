namespace Accounts.Text;

/// <summary>Full-width digits and dash look-alikes, as people type them in Japanese forms.</summary>
internal static class JapaneseDigits
{
    /// <summary>Maps a full-width digit (０–９) to ASCII; other characters are returned unchanged.</summary>
    /// <param name="c">The character.</param>
    public static char ToAscii(char c) => c is >= '\uFF10' and <= '\uFF19' ? (char)(c - 0xFF10 + '0') : c;

    /// <summary>Whether the character is a hyphen or one of the dashes typed in its place.</summary>
    /// <param name="c">The character.</param>
    public static bool IsDash(char c) => c is '-' or '\uFF0D' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u30FC' or '\uFF70';
}
