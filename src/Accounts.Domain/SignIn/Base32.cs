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

    /// <summary>Decodes text, ignoring case, spaces, hyphens and padding.</summary>
    /// <param name="text">The text.</param>
    /// <param name="bytes">The bytes, when the text is Base32.</param>
    public static bool TryDecode(string? text, out byte[] bytes)
    {
        bytes = [];
        if (text is null)
        {
            return false;
        }

        var output = new List<byte>(text.Length * 5 / 8);
        var (buffer, bits) = (0, 0);
        foreach (var c in text)
        {
            if (c is ' ' or '-' or '=')
            {
                continue;
            }

            var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        bytes = [.. output];
        return true;
    }
}
