using Accounts.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accounts.Domain.Tests.Text;

[Trait("Req", "R-ORG-4")]
public sealed class KatakanaNormalizerTests
{
    [Theory]
    [InlineData("ｶﾞｲｼｬ", "ガイシャ")]
    [InlineData("ﾊﾟｰﾄﾅｰ", "パートナー")]
    [InlineData("かぶしきがいしゃ", "カブシキガイシャ")]
    [InlineData("カ\u309Bイ", "ガイ")]
    [InlineData("ｳﾞｨ", "ヴィ")]
    [InlineData("ﾆﾎﾝ ﾎﾞｳｴｷ", "ニホン\u3000ボウエキ")]
    [InlineData("ｱ･ｲ", "ア・イ")]
    public void Normalize_TurnsWhatPeopleTypeIntoFullWidthKatakana(string input, string expected)
    {
        Assert.Equal(expected, KatakanaNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_ReturnsTheSameInstance_WhenNothingChanges()
    {
        const string text = "カブシキガイシャ";

        Assert.Same(text, KatakanaNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("いすゞ", "イスヾ")]
    [InlineData("いすゝ", "イスヽ")]
    [InlineData("イスヾ", "イスヾ")]
    public void TheIterationMarks_BecomeKatakana_AndTheKatakanaFieldAcceptsThem(string input, string expected)
    {
        Assert.True(KatakanaNormalizer.TryNormalize(input, out var normalized, out var unmapped));
        Assert.Equal(expected, normalized);
        Assert.Null(unmapped);
        Assert.True(TextValidation.IsValid(normalized, new TextRule(TextKind.Katakana, 10)));
    }

    // ヷヸヹヺ are composed in Unicode but absent from JIS X 0208: the mark stays as typed and is reported.
    [Theory]
    [InlineData("ワ\u309B", "ワ\u309B", 0x309B, 2)]
    [InlineData("ｦﾞ", "ヲ\u309B", 0xFF9E, 2)]
    [InlineData("ヰ\u3099", "ヰ\u3099", 0x3099, 2)]
    [InlineData("ゑ゛", "ヱ\u309B", 0x309B, 2)]
    [InlineData("カブシキ株", "カブシキ株", 0x682A, 5)]
    [InlineData("゛ア", "゛ア", 0x309B, 1)]
    [InlineData("ｱ｡", "ア。", 0xFF61, 2)]
    public void WhatHasNoKatakanaOfJisX0208_IsReportedWithItsPosition(string input, string expected, int codePoint, int position)
    {
        Assert.False(KatakanaNormalizer.TryNormalize(input, out var normalized, out var unmapped));
        Assert.Equal(expected, normalized);
        Assert.Equal((codePoint, position), unmapped);
        Assert.DoesNotContain(normalized, c => c is >= '\u30F7' and <= '\u30FA');
    }

    [Property(MaxTest = 1000)]
    public Property Property_TheNormalizersOutput_PassesTheKatakanaRule_OrItReportsTheCharacterItCouldNotMap()
    {
        var anyCharacter = Gen.Choose(0x20, 0xFFFF).Select(c => (char)c);
        var kanaLike = Gen.OneOf(
            Gen.Choose(0x3041, 0x30FF).Select(c => (char)c),
            Gen.Choose(0xFF61, 0xFF9F).Select(c => (char)c),
            Gen.Elements('\u3099', '\u309A', '\u309B', '\u309C', ' ', 'ー', '・'));
        var input = Generators.StringOf(Gen.Frequency((9, kanaLike), (1, anyCharacter)), 40).Where(text => !string.IsNullOrWhiteSpace(text));
        var rule = new TextRule(TextKind.Katakana, 80);

        return Prop.ForAll(input.ToArbitrary(), text =>
        {
            var mapped = KatakanaNormalizer.TryNormalize(text, out var normalized, out var unmapped);
            if (mapped)
            {
                return TextValidation.IsValid(normalized, rule).Label("accepted: " + normalized);
            }

            var scalars = Scalars(text);
            return (unmapped is var (codePoint, position) && position <= scalars.Count && scalars[position - 1] == codePoint)
                .Label($"reported {unmapped} in {text}");
        });
    }

    private static List<int> Scalars(string text)
    {
        var scalars = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            scalars.Add(char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[++i]) : text[i]);
        }

        return scalars;
    }

    [Fact]
    public void Validation_NeverNormalizesSilently()
    {
        var errors = new List<Accounts.Results.Error>();

        var valid = TextValidation.Check("ｶﾌﾞｼｷｶﾞｲｼｬ", new TextRule(TextKind.Katakana, 60), "nameKatakana", errors);

        Assert.False(valid);
        Assert.Equal("field.katakana_required", Assert.Single(errors).Code);
    }
}
