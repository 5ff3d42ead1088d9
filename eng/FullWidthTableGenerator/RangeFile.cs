using System.Globalization;

namespace Accounts.FullWidthTableGenerator;

/// <summary>Reads a data file of code points, one <c>XXXX</c> or <c>XXXX..YYYY</c> a line, <c>#</c> starting a comment.</summary>
internal static class RangeFile
{
    public static HashSet<int> Read(string path)
    {
        var codePoints = new HashSet<int>();
        foreach (var (line, number) in File.ReadLines(path).Select((line, index) => (line, index + 1)))
        {
            var text = line.Split('#', 2)[0].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var bounds = text.Split("..");
            var first = Parse(bounds[0], path, number);
            var last = bounds.Length == 2 ? Parse(bounds[1], path, number) : first;
            if (bounds.Length > 2 || last < first || last > 0x10FFFF)
            {
                throw new FormatException($"{path}({number}): '{text}' is not a code point or range.");
            }

            for (var codePoint = first; codePoint <= last; codePoint++)
            {
                codePoints.Add(codePoint);
            }
        }

        return codePoints;
    }

    private static int Parse(string hex, string path, int number) =>
        int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{path}({number}): '{hex}' is not a hexadecimal code point.");
}
