namespace Accounts.Text;

/// <summary>Japanese postal codes (郵便番号), written <c>NNN-NNNN</c>.</summary>
internal static class JapanesePostalCode
{
    /// <summary>
    /// Normalizes full-width digits and the usual dash look-alikes (－ ‐ ‑ ‒ – — ― − ー ｰ) and
    /// checks the form <c>NNN-NNNN</c>.
    /// </summary>
    /// <param name="text">The entered postal code.</param>
    /// <param name="normalized">The code as <c>NNN-NNNN</c> in ASCII.</param>
    /// <returns>Whether the text is a postal code.</returns>
    public static bool TryNormalize(string? text, out string normalized)
    {
        normalized = string.Empty;
        if (text is null || text.Length != 8)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[8];
        for (var i = 0; i < 8; i++)
        {
            var c = JapaneseDigits.ToAscii(text[i]);
            if (i == 3 ? !JapaneseDigits.IsDash(c) : !char.IsAsciiDigit(c))
            {
                return false;
            }

            buffer[i] = i == 3 ? '-' : c;
        }

        normalized = new string(buffer);
        return true;
    }
}
