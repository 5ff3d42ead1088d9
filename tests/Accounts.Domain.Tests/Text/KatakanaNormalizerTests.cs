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

    [Property]
    public Property Property_NormalizedHiraganaAndHalfWidthKatakana_PassTheKatakanaRule()
    {
        var input = Generators.StringOf(Gen.OneOf(Generators.Hiragana, Gen.Choose(0xFF66, 0xFF9D).Select(c => (char)c), Generators.Katakana), 40);
        var rule = new TextRule(TextKind.Katakana, 80);

        return Prop.ForAll(input.ToArbitrary(), text =>
        {
            var errors = new List<Accounts.Results.Error>();
            return TextValidation.Check(KatakanaNormalizer.Normalize(text), rule, "kana", errors);
        });
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
