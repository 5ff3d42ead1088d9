namespace Accounts.SignIn;

/// <summary>Base32 of RFC 4648 without padding, the encoding authenticator apps read secrets in.</summary>
internal static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>Encodes bytes.</summary>
    /// <param name="bytes">The bytes.</param>
    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        var output = new char[((bytes.Length * 8) + 4) / 5];
        var (buffer, bits, index) = (0, 0, 0);
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                output[index++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            output[index++] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(output, 0, index);
    }

    /// <summary>
    /// Decodes text strictly: only the 32 letters of the alphabet (lower-case ASCII letters read as
    /// upper-case), padding only at the end and only in the amounts a final quantum leaves, a length
    /// some number of bytes encodes to, and zero pad bits. Anything else is refused, never skipped.
    /// </summary>
    /// <param name="text">The text, with or without its padding.</param>
    /// <param name="bytes">The bytes, when the text is Base32.</param>
    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        var data = text.TrimEnd('=');
        var padding = text.Length - data.Length;

        // A final quantum of 1, 2, 3 or 4 bytes encodes to 2, 4, 5 or 7 characters; padded text fills the quantum to 8.
        var remainder = data.Length % 8;
        if (remainder is 1 or 3 or 6 || (padding > 0 && (remainder == 0 || (data.Length + padding) % 8 != 0)))
        {
            return false;
        }

        var output = new byte[data.Length * 5 / 8];
        var (buffer, bits, index) = (0, 0, 0);
        foreach (var c in data)
        {
            var value = ValueOf(c);
            if (value < 0)
            {
                return false;
            }

            // Never more than 12 bits wait for output: 7 left over plus 5 new.
            buffer = ((buffer << 5) | value) & 0xFFF;
            bits += 5;
            if (bits >= 8)
            {
                output[index++] = (byte)(buffer >> (bits - 8));
                bits -= 8;
            }
        }

        // The bits left over pad the last character; an encoder writes them as zero.
        if ((buffer & ((1 << bits) - 1)) != 0)
        {
            return false;
        }

        bytes = output;
        return true;
    }

    /// <summary>The value of one character; -1 outside the alphabet. Case folding is ASCII only, so ſ or K are never letters.</summary>
    private static int ValueOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a',
        >= '2' and <= '7' => c - '2' + 26,
        _ => -1,
    };
}
