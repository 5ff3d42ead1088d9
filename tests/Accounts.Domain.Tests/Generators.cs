using FsCheck;
using FsCheck.Fluent;

namespace Accounts.Domain.Tests;

/// <summary>FsCheck generators of the inputs the domain validates.</summary>
internal static class Generators
{
    /// <summary>The kanji of JIS X 0208, which every full-width preset accepts.</summary>
    public static Gen<char> Kanji => Gen.Elements(Text.FullWidthOracle.JisX0208Kanji);

    /// <summary>The hiragana of JIS X 0208, ぁ to ん.</summary>
    public static Gen<char> Hiragana => Gen.Choose(0x3041, 0x3093).Select(c => (char)c);

    public static Gen<char> Katakana => Gen.Choose(0x30A1, 0x30F6).Select(c => (char)c);

    public static Gen<char> FullWidthCharacter => Gen.OneOf(
        Kanji,
        Hiragana,
        Katakana,
        Gen.Choose(0xFF10, 0xFF19).Select(c => (char)c),
        Gen.Choose(0xFF21, 0xFF3A).Select(c => (char)c),
        Gen.Constant('\u3000'),
        Gen.Constant('ー'));

    public static Gen<char> KatakanaFieldCharacter => Gen.OneOf(Katakana, Gen.Elements('ヽ', 'ヾ', 'ー', '・', '\u3000'));

    public static Gen<char> AsciiPrintable => Gen.Choose(0x20, 0x7E).Select(c => (char)c);

    public static Gen<char> HalfWidthKatakana => Gen.Choose(0xFF61, 0xFF9F).Select(c => (char)c);

    public static Gen<char> Control => Gen.OneOf(Gen.Choose(0x00, 0x1F), Gen.Constant(0x7F), Gen.Choose(0x80, 0x9F)).Select(c => (char)c);

    public static Gen<char> LoneSurrogate => Gen.OneOf(Gen.Choose(0xD800, 0xDBFF), Gen.Choose(0xDC00, 0xDFFF)).Select(c => (char)c);

    /// <summary>Strings of 1 to <paramref name="maxLength"/> characters from the generator.</summary>
    public static Gen<string> StringOf(Gen<char> characters, int maxLength) =>
        Gen.Choose(1, maxLength).SelectMany(length => characters.ArrayOf(length)).Select(chars => new string(chars));

    /// <summary>Inserts a character at a random position.</summary>
    public static Gen<string> WithInserted(Gen<string> text, Gen<char> character) =>
        from value in text
        from c in character
        from position in Gen.Choose(0, value.Length)
        select value.Insert(position, c.ToString());
}
