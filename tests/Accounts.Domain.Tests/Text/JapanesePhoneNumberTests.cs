using Accounts.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accounts.Domain.Tests.Text;

[Trait("Req", "R-ORG-4")]
public sealed class JapanesePhoneNumberTests
{
    [Theory]
    [InlineData("03-1234-5678", "0312345678")]
    [InlineData("０３－１２３４－５６７８", "0312345678")]
    [InlineData("(03) 1234 5678", "0312345678")]
    [InlineData("090-1234-5678", "09012345678")]
    [InlineData("080 1234 5678", "08012345678")]
    [InlineData("070-1234-5678", "07012345678")]
    [InlineData("050-1234-5678", "05012345678")]
    [InlineData("0120-123-456", "0120123456")]
    [InlineData("0800-123-4567", "08001234567")]
    [InlineData("+81-3-1234-5678", "0312345678")]
    [InlineData("0466-12-3456", "0466123456")]
    public void TryNormalize_AcceptsJapaneseNumbers_IgnoringSeparators(string input, string expected)
    {
        Assert.True(JapanesePhoneNumber.TryNormalize(input, out var digits));
        Assert.Equal(expected, digits);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("03-1234-567")]
    [InlineData("090-1234-567")]
    [InlineData("0120-123-4567")]
    [InlineData("0800-123-456")]
    [InlineData("060-1234-5678")]
    [InlineData("00-1234-5678")]
    [InlineData("3-1234-5678")]
    [InlineData("03-1234-5678 ext 1")]
    [InlineData("03.1234.5678")]
    public void TryNormalize_RefusesOtherNumbers(string? input)
    {
        Assert.False(JapanesePhoneNumber.TryNormalize(input, out _));
    }

    [Property]
    public Property Property_MobileNumbers_HaveElevenDigits()
    {
        var prefixes = Gen.Elements("070", "080", "090", "050");
        var numbers = from prefix in prefixes from rest in Gen.Choose(0, 99_999_999) from extra in Gen.Choose(-1, 1) select (prefix, rest, extra);

        return Prop.ForAll(numbers.ToArbitrary(), n =>
        {
            var digits = n.prefix + n.rest.ToString("00000000", System.Globalization.CultureInfo.InvariantCulture);
            var text = n.extra switch { -1 => digits[..^1], 1 => digits + "0", _ => digits };
            return JapanesePhoneNumber.TryNormalize(text, out _) == (n.extra == 0);
        });
    }

    [Property]
    public Property Property_FixedLineNumbers_HaveTenDigits()
    {
        var numbers = from area in Gen.Choose(1, 9) from rest in Gen.Choose(10_000_000, 99_999_999) select $"0{area}{rest}";

        return Prop.ForAll(numbers.Where(n => !n.StartsWith("060", StringComparison.Ordinal) && !n.StartsWith("020", StringComparison.Ordinal)
                && !n.StartsWith("050", StringComparison.Ordinal) && !n.StartsWith("070", StringComparison.Ordinal)
                && !n.StartsWith("080", StringComparison.Ordinal) && !n.StartsWith("090", StringComparison.Ordinal)
                && !n.StartsWith("0800", StringComparison.Ordinal)).ToArbitrary(),
            number => JapanesePhoneNumber.TryNormalize(number, out var digits) && digits == number);
    }
}
