using System.Buffers;
using System.Globalization;
using System.Text;

namespace Accounts.Text;

/// <summary>
/// Character classes and voiced-mark composition of Japanese text, from the library's own
/// tables: results do not depend on ICU or on <c>InvariantGlobalization</c>.
/// </summary>
internal static class JapaneseCharacters
{
    /// <summary>The ideographic (full-width) space U+3000.</summary>
    public const char IdeographicSpace = '\u3000';

    /// <summary>The katakana long vowel mark ー U+30FC.</summary>
    public const char LongVowelMark = '\u30FC';

    /// <summary>The katakana middle dot ・ U+30FB.</summary>
    public const char MiddleDot = '\u30FB';

    private const string UrlSymbols = "-._~:/?#[]@!$&'()*+,;=%";

    /// <summary>Whether the rune is accepted in a katakana field: the katakana of JIS X 0208 (ァ–ヶ, the iteration marks ヽヾ), ー, ・ and the ideographic space.</summary>
    /// <param name="rune">The character.</param>
    public static bool IsKatakanaFieldCharacter(Rune rune) =>
        rune.Value is (>= 0x30A1 and <= 0x30F6) or 0x30FD or 0x30FE or LongVowelMark or MiddleDot or IdeographicSpace;

    /// <summary>Whether the rune is accepted in a half-width alphanumeric field (URL or e-mail).</summary>
    /// <param name="rune">The character.</param>
    public static bool IsHalfWidthAlphanumeric(Rune rune) =>
        rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || UrlSymbols.Contains((char)rune.Value, StringComparison.Ordinal));

    /// <summary>
    /// Whether no field accepts the rune: a control or invisible formatting character, a line or
    /// paragraph separator, private use, or a code point Unicode has not assigned — the
    /// noncharacters (U+FDD0–U+FDEF and every U+xxFFFE/U+xxFFFF) among them. What is assigned is
    /// the Unicode version of the .NET runtime, the same on every machine and culture.
    /// </summary>
    /// <param name="rune">The character.</param>
    public static bool IsForbiddenInText(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned
            || (rune.Value & 0xFFFE) == 0xFFFE;
    }

    /// <summary>Whether the rune is a voiced sound mark: combining (U+3099, U+309A) or spacing (U+309B, U+309C).</summary>
    /// <param name="rune">The character.</param>
    public static bool IsVoicedMark(Rune rune) => rune.Value is >= 0x3099 and <= 0x309C;

    /// <summary>
    /// Composes a kana with a following voiced sound mark: カ + ゛ is ガ, ハ + ゜ is パ,
    /// う + ゛ is ゔ. Works for hiragana and full-width katakana.
    /// </summary>
    /// <param name="kana">The base kana.</param>
    /// <param name="mark">A voiced mark: U+3099 or U+309B (dakuten), U+309A or U+309C (handakuten).</param>
    /// <param name="composed">The composed kana.</param>
    /// <returns>Whether the pair composes.</returns>
    public static bool TryComposeVoiced(int kana, int mark, out int composed)
    {
        composed = 0;
        var dakuten = mark is 0x3099 or 0x309B;
        var handakuten = mark is 0x309A or 0x309C;
        if (!dakuten && !handakuten)
        {
            return false;
        }

        // Work on katakana; hiragana sit exactly 0x60 lower.
        var isHiragana = kana is >= 0x3041 and <= 0x309F;
        var katakana = isHiragana ? kana + 0x60 : kana;
        var result = 0;
        if (IsHaRow(katakana))
        {
            result = katakana + (dakuten ? 1 : 2);
        }
        else if (dakuten)
        {
            result = katakana switch
            {
                >= 0x30AB and <= 0x30C2 when (katakana - 0x30AB) % 2 == 0 => katakana + 1,   // カ..ヂ rows (カキクケコサシスセソタチ)
                0x30C4 or 0x30C6 or 0x30C8 => katakana + 1,                                   // ツテト
                0x30A6 => 0x30F4,                                                             // ウ → ヴ
                >= 0x30EF and <= 0x30F2 when !isHiragana => katakana + 8,                     // ワヰヱヲ → ヷヸヹヺ
                0x30FD => 0x30FE,                                                             // ヽ → ヾ
                _ => 0,
            };
        }

        if (result == 0)
        {
            return false;
        }

        composed = isHiragana ? result - 0x60 : result;
        return true;
    }

    /// <summary>
    /// Counts characters as a person sees them: Unicode scalars, with a voiced mark that
    /// composes with the kana before it counted as part of that kana (カ + ゛ is one).
    /// </summary>
    /// <param name="text">The text.</param>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var previous = -1;
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out var rune, out var consumed) != OperationStatus.Done)
            {
                // A lone surrogate counts as one character; validation reports it separately.
                rune = Rune.ReplacementChar;
                consumed = 1;
            }

            if (!(IsVoicedMark(rune) && previous >= 0 && TryComposeVoiced(previous, rune.Value, out _)))
            {
                count++;
            }

            previous = rune.Value;
            text = text[consumed..];
        }

        return count;
    }

    private static bool IsHaRow(int katakana) => katakana is 0x30CF or 0x30D2 or 0x30D5 or 0x30D8 or 0x30DB;
}
