using Accounts.Results;
using Accounts.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accounts.Domain.Tests.Text;

[Trait("Req", "R-ORG-4")]
public sealed class TextValidationTests
{
    private static readonly TextRule FullWidth = new(TextKind.FullWidth, 15);
    private static readonly TextRule Katakana = new(TextKind.Katakana, 60);
    private static readonly TextRule HalfWidth = new(TextKind.HalfWidthAlphanumeric, 50);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\u3000")]
    public void MissingOrBlank_IsRequired_WhenTheFieldIsRequired(string? value)
    {
        Assert.Equal(["field.required"], Codes(value, FullWidth));
        Assert.Empty(Codes(value, FullWidth with { Required = false }));
    }

    [Theory]
    [InlineData("代表取締役社長")]
    [InlineData("ＡＢＣ商事")]
    [InlineData("日本\u3000太郎")]
    public void FullWidthText_IsAccepted(string value)
    {
        Assert.Empty(Codes(value, FullWidth));
    }

    [Theory]
    [InlineData("代表 取締役")]
    [InlineData("ABC商事")]
    [InlineData("ｶﾌﾞｼｷ")]
    [InlineData("１-２")]
    public void AsciiOrHalfWidthKatakana_InAFullWidthField_IsRefused(string value)
    {
        Assert.Equal(["field.full_width_required"], Codes(value, FullWidth));
    }

    [Theory]
    [InlineData("カブシキガイシャ")]
    [InlineData("ニホン・ボウエキ")]
    [InlineData("パートナー\u3000ズ")]
    public void Katakana_IsAccepted(string value)
    {
        Assert.Empty(Codes(value, Katakana));
    }

    [Theory]
    [InlineData("かぶしき")]
    [InlineData("株式")]
    [InlineData("カ\u309Bイ")]
    [InlineData("ｶﾌﾞｼｷ")]
    public void AnythingButFullWidthKatakana_InAKatakanaField_IsRefused(string value)
    {
        Assert.Equal(["field.katakana_required"], Codes(value, Katakana));
    }

    [Theory]
    [InlineData("https://www.nexi.go.jp/")]
    [InlineData("taro@sample.com")]
    public void UrlsAndAddresses_AreHalfWidthAlphanumeric(string value)
    {
        Assert.Empty(Codes(value, HalfWidth));
    }

    [Theory]
    [InlineData("https://例え.jp/")]
    [InlineData("taro <taro@sample.com>")]
    public void OtherCharacters_InAHalfWidthField_AreRefused(string value)
    {
        Assert.Equal(["field.half_width_required"], Codes(value, HalfWidth));
    }

    [Theory]
    [InlineData("代表\u0000取締役")]
    [InlineData("代表\n取締役")]
    [InlineData("代表\u200B取締役")]
    public void ControlCharacters_AreRefused(string value)
    {
        Assert.Contains("field.invalid_character", Codes(value, FullWidth));
    }

    [Fact]
    public void LoneSurrogates_AreRefused()
    {
        // Built in code: theory data would be serialized and the surrogates replaced by U+FFFD.
        Assert.Contains("field.invalid_character", Codes("代表" + '\uD800' + "取締役", FullWidth));
        Assert.Contains("field.invalid_character", Codes("代表" + '\uDC00', FullWidth));
        Assert.Empty(Codes("代表𠮷", FullWidth with { FullWidth = FullWidthRepertoire.EastAsianWide }));
    }

    [Fact]
    public void TheKatakanaIterationMarks_AreKatakana_AndTheKanaJisX0208Lacks_AreNot()
    {
        Assert.Empty(Codes("イスヾ", Katakana));
        Assert.Empty(Codes("ヽ", Katakana));
        Assert.Equal(["field.katakana_required"], Codes("ヷ", Katakana));
        Assert.Equal(["field.katakana_required"], Codes("ヺ", Katakana));
    }

    // Noncharacters, unassigned and private-use code points, and broken surrogates: no field accepts them, whatever its kind.
    [Theory]
    [InlineData(0xFDD0)]
    [InlineData(0xFDEF)]
    [InlineData(0xFFFE)]
    [InlineData(0xFFFF)]
    [InlineData(0x1FFFE)]
    [InlineData(0x10FFFF)]
    [InlineData(0x0378)]
    [InlineData(0x2FFFF)]
    [InlineData(0xE000)]
    [InlineData(0xF8FF)]
    [InlineData(0xF0000)]
    [InlineData(0x100000)]
    public void CharactersNoTextMayHold_AreRefusedInEveryKind_NamedByCodePointAndPosition(int codePoint)
    {
        var value = "代表" + char.ConvertFromUtf32(codePoint) + "取締役";
        foreach (var kind in Enum.GetValues<TextKind>())
        {
            var errors = new List<Error>();

            TextValidation.Check(value, new TextRule(kind, 50), "field", errors);

            var error = Assert.Single(errors, e => e.Code == "field.invalid_character");
            Assert.Equal(($"U+{codePoint:X4}", "3"), (error.ArgumentValue("codePoint"), error.ArgumentValue("position")));
        }
    }

    [Fact]
    public void TheWrongKindOfCharacter_IsNamedByCodePointAndPosition_TheFirstOne()
    {
        var errors = new List<Error>();

        TextValidation.Check("𠮷野家ABC", FullWidth with { FullWidth = FullWidthRepertoire.EastAsianWide }, "name", errors);

        var error = Assert.Single(errors);
        Assert.Equal(("field.full_width_required", "U+0041", "4"), (error.Code, error.ArgumentValue("codePoint"), error.ArgumentValue("position")));
    }

    [Property(MaxTest = 1000)]
    public Property Property_OverTheWholeCodeSpace_ACharacterIsRefused_ExactlyWhenItIsForbidden_AndThenNamed()
    {
        var anyScalar = Gen.OneOf(Gen.Choose(0x20, 0xD7FF), Gen.Choose(0xE000, 0xFFFF), Gen.Choose(0x10000, 0x10FFFF));

        return Prop.ForAll(anyScalar.ToArbitrary(), codePoint =>
        {
            var rune = new System.Text.Rune(codePoint);
            var category = System.Text.Rune.GetUnicodeCategory(rune);
            var forbidden = category is System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.PrivateUse
                or System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
                || (codePoint & 0xFFFE) == 0xFFFE || codePoint is >= 0xFDD0 and <= 0xFDEF;
            var errors = new List<Error>();
            TextValidation.Check("株" + rune, new TextRule(TextKind.Printable, 10), "field", errors);
            var refusal = errors.SingleOrDefault(e => e.Code == "field.invalid_character");
            return forbidden
                ? refusal is not null && refusal.ArgumentValue("codePoint") == $"U+{codePoint:X4}" && refusal.ArgumentValue("position") == "2"
                : errors.Count == 0;
        });
    }

    [Fact]
    public void AMegabyteString_IsTooLong()
    {
        var value = new string('株', 1_000_000);

        Assert.Equal(["field.too_long"], Codes(value, FullWidth));
    }

    [Fact]
    public void TooLong_NamesTheMaximum()
    {
        var errors = new List<Error>();

        TextValidation.Check(new string('株', 16), FullWidth, "representativeTitle", errors);

        var error = Assert.Single(errors);
        Assert.Equal(("field.too_long", "representativeTitle", "15"), (error.Code, error.Target, error.ArgumentValue("maximum")));
    }

    [Fact]
    public void VoicedMarks_CountWithTheirKana_ForTheLimit()
    {
        var decomposed = string.Concat(Enumerable.Repeat("カ\u3099", 15));

        Assert.Empty(Codes(decomposed, FullWidth));
    }

    [Property]
    public Property Property_GeneratedFullWidthText_IsAccepted()
    {
        return Prop.ForAll(Generators.StringOf(Generators.FullWidthCharacter, 50).Where(s => !string.IsNullOrWhiteSpace(s)).ToArbitrary(), value =>
            Codes(value, new TextRule(TextKind.FullWidth, 50)).Count == 0);
    }

    [Property]
    public Property Property_GeneratedKatakana_IsAccepted()
    {
        return Prop.ForAll(Generators.StringOf(Generators.KatakanaFieldCharacter, 60).Where(s => !string.IsNullOrWhiteSpace(s)).ToArbitrary(), value =>
            Codes(value, Katakana).Count == 0);
    }

    [Property]
    public Property Property_EachKindOfInvalidCharacter_IsReportedWithItsCode()
    {
        var samples = Gen.OneOf(
            Generators.WithInserted(Generators.StringOf(Generators.Kanji, 20), Generators.AsciiPrintable.Where(c => c != ' ')).Select(v => (v, "field.full_width_required")),
            Generators.WithInserted(Generators.StringOf(Generators.Kanji, 20), Generators.HalfWidthKatakana).Select(v => (v, "field.full_width_required")),
            Generators.WithInserted(Generators.StringOf(Generators.Kanji, 20), Generators.Control).Select(v => (v, "field.invalid_character")),
            Generators.WithInserted(Generators.StringOf(Generators.Kanji, 20), Generators.LoneSurrogate).Select(v => (v, "field.invalid_character")));

        return Prop.ForAll(samples.ToArbitrary(), sample => Codes(sample.Item1, new TextRule(TextKind.FullWidth, 50)).SequenceEqual([sample.Item2]));
    }

    [Property]
    public Property Property_TextLongerThanTheLimit_IsTooLong()
    {
        var values = Gen.Choose(16, 200).SelectMany(length => Generators.Kanji.ArrayOf(length)).Select(c => new string(c));

        return Prop.ForAll(values.ToArbitrary(), value => Codes(value, FullWidth).SequenceEqual(["field.too_long"]));
    }

    private static List<string> Codes(string? value, TextRule rule)
    {
        var errors = new List<Error>();
        TextValidation.Check(value, rule, "field", errors);
        return errors.Select(e => e.Code).ToList();
    }
}
