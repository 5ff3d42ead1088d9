using Accounts.Members;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accounts.Domain.Tests.Members;

[Trait("Req", "R-ACC-1")]
public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("taro@sample.com", "taro@sample.com")]
    [InlineData("Taro.Yamada@Example.CO.JP", "taro.yamada@example.co.jp")]
    [InlineData("a+tag@sub.example.jp", "a+tag@sub.example.jp")]
    [InlineData("x_y-z@example.xn--wgv71a", "x_y-z@example.xn--wgv71a")]
    public void Parse_AcceptsAndNormalizesToLowerCase(string input, string expected)
    {
        var result = EmailAddress.Parse(input);

        Assert.Equal(expected, result.Value.Value);
    }

    [Theory]
    [InlineData("plainaddress", "email.invalid")]
    [InlineData("@example.jp", "email.invalid")]
    [InlineData("taro@", "email.invalid")]
    [InlineData("taro@@example.jp", "email.invalid")]
    [InlineData("taro..yamada@example.jp", "email.invalid")]
    [InlineData(".taro@example.jp", "email.invalid")]
    [InlineData("taro.@example.jp", "email.invalid")]
    [InlineData("taro@example", "email.invalid")]
    [InlineData("taro@-example.jp", "email.invalid")]
    [InlineData("taro@example.j", "email.invalid")]
    [InlineData("taro yamada@example.jp", "email.invalid")]
    [InlineData("太郎@example.jp", "email.invalid")]
    [InlineData("taro@example.jp\n", "field.invalid_character")]
    [InlineData("", "field.required")]
    [InlineData("   ", "field.required")]
    [InlineData(null, "field.required")]
    public void Parse_RefusesMalformedAddresses_WithACode(string? input, string code)
    {
        Assert.Equal(code, EmailAddress.Parse(input).FirstError!.Code);
    }

    [Fact]
    public void Parse_RefusesLongAddresses_BeforeLookingAtThem()
    {
        var result = EmailAddress.Parse(new string('a', 1_000_000) + "@example.jp");

        Assert.Equal("field.too_long", result.FirstError!.Code);
        Assert.Equal("field.too_long", EmailAddress.Parse(new string('a', 45) + "@example.jp", maxLength: 50).FirstError!.Code);
    }

    [Property]
    public Property Property_WellFormedAddresses_ParseToTheirLowerCase()
    {
        var label = Generators.StringOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".ToCharArray()), 20);
        var addresses = from local in label from domain in label from tld in Gen.Elements("jp", "com", "net", "co.jp") select $"{local}@{domain}.{tld}";

        return Prop.ForAll(addresses.ToArbitrary(), address =>
        {
            var parsed = EmailAddress.Parse(address);
            return parsed.IsSuccess
                && string.Equals(parsed.Value.Value, address, StringComparison.OrdinalIgnoreCase)
                && !parsed.Value.Value.Any(char.IsAsciiLetterUpper)
                && EmailAddress.Parse(parsed.Value.Value).Value == parsed.Value;
        });
    }
}
