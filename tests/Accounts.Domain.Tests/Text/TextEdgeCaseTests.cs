using Accounts.Results;
using Accounts.Text;

namespace Accounts.Domain.Tests.Text;

/// <summary>Edges of the text rules that mutation testing found unguarded.</summary>
[Trait("Req", "R-ORG-4")]
public sealed class TextEdgeCaseTests
{
    private static readonly TextRule FullWidth = new(TextKind.FullWidth, 15);

    [Fact]
    public void NullArguments_AreMisuse()
    {
        var errors = new List<Error>();

        Assert.Throws<ArgumentNullException>(() => TextValidation.Check("株", null!, "field", errors));
        Assert.Throws<ArgumentNullException>(() => TextValidation.Check("株", FullWidth, null!, errors));
        Assert.Throws<ArgumentNullException>(() => TextValidation.Check("株", FullWidth, "field", null!));
        Assert.Throws<ArgumentNullException>(() => TextValidation.IsValid("株", null!));
        Assert.Throws<ArgumentNullException>(() => KatakanaNormalizer.TryNormalize(null!, out _, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void ABlankOptionalField_IsValid_AndSaysSo(string? value)
    {
        var errors = new List<Error>();

        Assert.True(TextValidation.Check(value, FullWidth with { Required = false }, "field", errors));
        Assert.Empty(errors);
        Assert.False(TextValidation.Check(value, FullWidth, "field", errors));
    }

    [Fact]
    public void OfSeveralBrokenCharacters_TheFirstIsNamed()
    {
        // Built here, not as theory data: xUnit's serializer turns a lone surrogate into U+FFFD.
        (string Value, string CodePoint, string Position)[] cases =
        [
            ("株\u0001株\u0002", "U+0001", "2"),
            ("株" + '\uD800' + "株" + '\uDC00', "U+D800", "2"),
            ('\uDC00' + "株\u0007", "U+DC00", "1"),
        ];

        foreach (var (value, codePoint, position) in cases)
        {
            var errors = new List<Error>();
            TextValidation.Check(value, FullWidth, "field", errors);

            var error = Assert.Single(errors);
            Assert.Equal(("field.invalid_character", codePoint, position), (error.Code, error.ArgumentValue("codePoint"), error.ArgumentValue("position")));
        }
    }

    [Fact]
    public void CountingAnUnknownRepertoire_IsMisuse()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FullWidthCharacters.Count((FullWidthRepertoire)4));
        Assert.Throws<ArgumentOutOfRangeException>(() => FullWidthCharacters.Count((FullWidthRepertoire)(-1)));
    }

    [Fact]
    public void OfSeveralCharactersWithoutKatakana_TheNormalizerReportsTheFirst()
    {
        Assert.False(KatakanaNormalizer.TryNormalize("カ株ナ漢", out _, out var unmapped));
        Assert.Equal((0x682A, 2), unmapped);

        Assert.False(KatakanaNormalizer.TryNormalize("カ\uD800ナ\uDC00", out _, out var surrogate));
        Assert.Equal((0xD800, 2), surrogate);
    }

    [Fact]
    public void ALoneSurrogate_IsKeptWhereItStands_WhileTheRestIsNormalized()
    {
        Assert.False(KatakanaNormalizer.TryNormalize("\uD800あ", out var normalized, out _));
        Assert.Equal("\uD800ア", normalized);
    }

    [Theory]
    [InlineData("ぁ", "ァ")]   // U+3041, the first hiragana
    [InlineData("ゖ", "ヶ")]   // U+3096, the last that has a katakana form
    [InlineData("ゔ", "ヴ")]
    public void TheEndsOfTheHiraganaBlock_BecomeKatakana(string hiragana, string katakana)
    {
        Assert.True(KatakanaNormalizer.TryNormalize(hiragana, out var normalized, out _));
        Assert.Equal(katakana, normalized);
    }
}
