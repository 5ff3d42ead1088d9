using System.Buffers;
using System.Text;

namespace Accounts.Text;

/// <summary>
/// Turns what people type into a katakana field into full-width katakana: half-width
/// katakana (ｶﾞ → ガ) and hiragana (が → ガ) become full-width katakana, separate voiced
/// marks are composed (カ゛ → ガ), ゝゞ become ヽヾ, and the half-width space becomes the
/// ideographic space. It produces only kana of JIS X 0208, which the katakana field accepts.
/// </summary>
/// <remarks>
/// Validation never normalizes silently: a host calls this on input (for example on the
/// form's blur event) and shows the result, then validates.
/// </remarks>
public static class KatakanaNormalizer
{
    // Full-width forms of U+FF66..U+FF9D, in code point order.
    private const string HalfWidthKatakana =
        "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

    /// <summary>Normalizes the text; characters it cannot map are kept as they are.</summary>
    /// <param name="text">The entered text.</param>
    /// <returns>The normalized text; the same instance when nothing changed.</returns>
    public static string Normalize(string text)
    {
        TryNormalize(text, out var normalized, out _);
        return normalized;
    }

    /// <summary>
    /// Normalizes the text and tells whether every character became one a katakana field accepts.
    /// Kana JIS X 0208 lacks are not produced: ワ゛ stays as typed instead of becoming ヷ.
    /// </summary>
    /// <param name="text">The entered text.</param>
    /// <param name="normalized">The normalized text; the same instance when nothing changed.</param>
    /// <param name="unmapped">
    /// The first character of the input that has no katakana form (a kanji, a letter, a voiced
    /// mark with nothing to join), with its position in the input counted in characters from 1;
    /// <see langword="null"/> when there is none.
    /// </param>
    /// <returns>Whether the whole text became katakana.</returns>
    public static bool TryNormalize(string text, out string normalized, out (int CodePoint, int Position)? unmapped)
    {
        ArgumentNullException.ThrowIfNull(text);
        unmapped = null;
        var builder = new StringBuilder(text.Length);
        var span = text.AsSpan();
        var changed = false;
        for (var position = 1; !span.IsEmpty; position++)
        {
            if (Rune.DecodeFromUtf16(span, out var rune, out var consumed) != OperationStatus.Done)
            {
                unmapped ??= (span[0], position);
                builder.Append(span[0]);
                span = span[1..];
                continue;
            }

            var mapped = Map(rune.Value);
            if (mapped != rune.Value)
            {
                changed = true;
            }

            if (JapaneseCharacters.IsVoicedMark(new Rune(mapped)) && builder.Length > 0
                && JapaneseCharacters.TryComposeVoiced(builder[^1], mapped, out var composed) && !IsOutsideJisX0208(composed))
            {
                builder[^1] = (char)composed;
                changed = true;
            }
            else
            {
                if (mapped == rune.Value)
                {
                    builder.Append(span[..consumed]);
                }
                else
                {
                    // Every mapped character is in the Basic Multilingual Plane.
                    builder.Append((char)mapped);
                }

                if (!JapaneseCharacters.IsKatakanaFieldCharacter(new Rune(mapped)))
                {
                    unmapped ??= (rune.Value, position);
                }
            }

            span = span[consumed..];
        }

        normalized = changed ? builder.ToString() : text;
        return unmapped is null;
    }

    /// <summary>ヷ, ヸ, ヹ and ヺ: composed in Unicode, absent from JIS X 0208 and so from the systems a katakana name is sent to.</summary>
    private static bool IsOutsideJisX0208(int c) => c is >= 0x30F7 and <= 0x30FA;

    private static int Map(int c) => c switch
    {
        >= 0x3041 and <= 0x3096 => c + 0x60,          // hiragana → katakana
        0x309D or 0x309E => c + 0x60,                 // ゝゞ → ヽヾ
        >= 0xFF66 and <= 0xFF9D => HalfWidthKatakana[c - 0xFF66],
        0xFF9E => 0x309B,                             // ﾞ → ゛ (composed with the kana before it)
        0xFF9F => 0x309C,                             // ﾟ → ゜
        0xFF65 => JapaneseCharacters.MiddleDot,       // ･ → ・
        0xFF61 => 0x3002,                             // ｡ → 。
        0xFF62 => 0x300C,                             // ｢ → 「
        0xFF63 => 0x300D,                             // ｣ → 」
        0xFF64 => 0x3001,                             // ､ → 、
        0x0020 => JapaneseCharacters.IdeographicSpace,
        _ => c,
    };
}
