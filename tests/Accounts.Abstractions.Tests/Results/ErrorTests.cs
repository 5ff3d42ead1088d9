using Accounts.Results;

namespace Accounts.Abstractions.Tests.Results;

public sealed class ErrorTests
{
    [Fact]
    public void Error_CarriesCodeTargetMessageAndArguments()
    {
        var error = new Error("password.too_short", "password", "At least 8 characters.", [new ErrorArgument("minimum", "8")]);

        Assert.Equal("password.too_short", error.Code);
        Assert.Equal("password", error.Target);
        Assert.Equal("At least 8 characters.", error.Message);
        Assert.Equal("8", error.ArgumentValue("minimum"));
        Assert.Null(error.ArgumentValue("maximum"));
    }

    [Fact]
    public void Errors_WithTheSameContent_AreEqual()
    {
        var left = new Error("quota.reached", "applicant", "Full.", [new ErrorArgument("limit", "99")]);
        var right = new Error("quota.reached", "applicant", "Full.", [new ErrorArgument("limit", "99")]);
        var other = new Error("quota.reached", "applicant", "Full.", [new ErrorArgument("limit", "98")]);

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, other);
    }

    [Theory]
    [InlineData("", "message")]
    [InlineData(" ", "message")]
    [InlineData("code", "")]
    public void Error_WithoutCodeOrMessage_IsMisuse(string code, string message)
    {
        Assert.Throws<ArgumentException>(() => new Error(code, "target", message));
    }

    [Fact]
    public void ToString_ShowsCodeAndTarget()
    {
        var error = new Error("member.last_administrator", "mem_1", "The last administrator cannot be removed.");

        Assert.Equal("member.last_administrator [mem_1]: The last administrator cannot be removed.", error.ToString());
    }
}
