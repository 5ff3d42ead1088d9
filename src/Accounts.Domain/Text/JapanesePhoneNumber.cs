namespace Accounts.Text;

/// <summary>
/// Japanese phone numbers by the national numbering plan: fixed lines have 10 digits;
/// mobile (070, 080, 090), IP (050) and M2M (020) numbers 11; toll-free 0120 has 10 and
/// 0800 has 11. Separators (hyphens, dashes, spaces, parentheses) are ignored, full-width
/// digits accepted, and a leading +81 read as 0.
/// </summary>
internal static class JapanesePhoneNumber
{
    private static readonly (string Prefix, int Length)[] Plan =
    [
        ("0120", 10),
        ("0800", 11),
        ("020", 11),
        ("050", 11),
        ("070", 11),
        ("080", 11),
        ("090", 11),
    ];

    /// <summary>Normalizes and checks a phone number.</summary>
    /// <param name="text">The entered number.</param>
    /// <param name="digits">The number as ASCII digits only, starting with 0.</param>
    /// <returns>Whether the text is a Japanese phone number.</returns>
    public static bool TryNormalize(string? text, out string digits)
    {
        digits = string.Empty;
        if (string.IsNullOrEmpty(text) || text.Length > 32)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[32];
        var length = 0;
        var span = text.AsSpan();
        if (span.StartsWith("+81", StringComparison.Ordinal) || span.StartsWith("＋８１", StringComparison.Ordinal))
        {
            buffer[length++] = '0';
            span = span[3..].TrimStart("-‐ (（");
        }

        foreach (var raw in span)
        {
            var c = JapaneseDigits.ToAscii(raw);
            if (char.IsAsciiDigit(c))
            {
                buffer[length++] = c;
            }
            else if (!(JapaneseDigits.IsDash(c) || c is ' ' or '\u3000' or '(' or ')' or '（' or '）'))
            {
                return false;
            }
        }

        var number = buffer[..length];
        if (number.Length < 2 || number[0] != '0' || number[1] == '0' || number.Length != ExpectedLength(number))
        {
            return false;
        }

        digits = new string(number);
        return true;
    }

    private static int ExpectedLength(ReadOnlySpan<char> number)
    {
        foreach (var (prefix, length) in Plan)
        {
            if (number.StartsWith(prefix, StringComparison.Ordinal))
            {
                return length;
            }
        }

        // 060 is reserved and not in service; every other 0X prefix is a fixed line.
        return number.StartsWith("060", StringComparison.Ordinal) ? -1 : 10;
    }
}
