using Accounts.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accounts.Domain.Tests.Text;

[Trait("Req", "R-ORG-4")]
public sealed class JapaneseCharactersTests
{
    [Fact]
    public void TheseTests_RunWithInvariantGlobalization_SoNoRuleLeansOnIcu()
    {
        Assert.True(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant);
    }

    [Theory]
    [InlineData("カ\u309B", 1)]
    [InlineData("カ\u3099", 1)]
    [InlineData("ハ\u309C", 1)]
    [InlineData("か\u3099き\u3099", 2)]
    [InlineData("ウ\u309B", 1)]
    [InlineData("ア\u309B", 2)]
    [InlineData("\u309B", 1)]
    [InlineData("株式会社", 4)]
    [InlineData("𠮷野家", 3)]
    public void Count_ComposesVoicedMarks_AndCountsScalars(string text, int expected)
    {
        Assert.Equal(expected, JapaneseCharacters.Count(text));
    }

    [Theory]
    [InlineData(0x30AB, 0x309B, 0x30AC)]
    [InlineData(0x30C4, 0x3099, 0x30C5)]
    [InlineData(0x30DB, 0x309C, 0x30DD)]
    [InlineData(0x304B, 0x3099, 0x304C)]
    [InlineData(0x3046, 0x3099, 0x3094)]
    [InlineData(0x30EF, 0x3099, 0x30F7)]
    [InlineData(0x30F2, 0x309B, 0x30FA)]
    public void TryComposeVoiced_ComposesKanaWithTheirMarks(int kana, int mark, int expected)
    {
        Assert.True(JapaneseCharacters.TryComposeVoiced(kana, mark, out var composed));
        Assert.Equal(expected, composed);
    }

    [Theory]
    [InlineData(0x30A2, 0x3099)]
    [InlineData(0x30AB, 0x309C)]
    [InlineData(0x0041, 0x3099)]
    [InlineData(0x30AB, 0x0041)]
    public void TryComposeVoiced_RefusesPairsThatDoNotCompose(int kana, int mark)
    {
        Assert.False(JapaneseCharacters.TryComposeVoiced(kana, mark, out _));
    }

    [Property]
    public Property Property_DecomposedAndComposedKatakana_CountTheSame()
    {
        var voiceable = Gen.Elements("カキクケコサシスセソタチツテトハヒフヘホ".ToCharArray());
        var words = Gen.Choose(1, 30).SelectMany(n => voiceable.ArrayOf(n));

        return Prop.ForAll(words.ToArbitrary(), bases =>
        {
            var composed = new string(bases.Select(c => (char)(c + 1)).ToArray());
            var decomposed = string.Concat(bases.Select(c => c + "\u3099"));
            return JapaneseCharacters.Count(composed) == bases.Length && JapaneseCharacters.Count(decomposed) == bases.Length;
        });
    }

    [Property]
    public Property Property_CountNeverExceedsUtf16Length()
    {
        return Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), text => JapaneseCharacters.Count(text) <= text.Length);
    }
}
