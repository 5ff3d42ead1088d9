using Accounts.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accounts.Domain.Tests.Text;

[Trait("Req", "R-ORG-4")]
public sealed class JapanesePostalCodeTests
{
    [Theory]
    [InlineData("100-0001", "100-0001")]
    [InlineData("１００－０００１", "100-0001")]
    [InlineData("100ー0001", "100-0001")]
    [InlineData("100‐0001", "100-0001")]
    [InlineData("100−0001", "100-0001")]
    public void TryNormalize_AcceptsNNN_NNNN_AfterNormalizingWidthAndDashes(string input, string expected)
    {
        Assert.True(JapanesePostalCode.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1000001")]
    [InlineData("10-00001")]
    [InlineData("100 0001")]
    [InlineData("100-000a")]
    [InlineData("100-00011")]
    public void TryNormalize_RefusesAnythingElse(string? input)
    {
        Assert.False(JapanesePostalCode.TryNormalize(input, out _));
    }

    [Property]
    public Property Property_EverySevenDigitCodeWithADash_IsAccepted()
    {
        return Prop.ForAll(Gen.Choose(0, 9_999_999).ToArbitrary(), number =>
        {
            var text = $"{number / 10_000:000}-{number % 10_000:0000}";
            return JapanesePostalCode.TryNormalize(text, out var normalized) && normalized == text;
        });
    }
}
