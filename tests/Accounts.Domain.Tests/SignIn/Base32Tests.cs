using Accounts.SignIn;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accounts.Domain.Tests.SignIn;

[Trait("Req", "R-PWD-6")]
public sealed class Base32Tests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    public void Encode_MatchesRfc4648WithoutPadding(string text, string expected)
    {
        Assert.Equal(expected, Base32.Encode(System.Text.Encoding.ASCII.GetBytes(text)));
    }

    [Property]
    public Property Property_DecodeReversesEncode()
    {
        return Prop.ForAll(ArbMap.Default.ArbFor<byte[]>().Filter(b => b is not null), bytes =>
            Base32.TryDecode(Base32.Encode(bytes), out var decoded) && decoded.SequenceEqual(bytes));
    }

    [Fact]
    public void Decode_ToleratesWhatPeopleType_AndRefusesOtherLetters()
    {
        Assert.True(Base32.TryDecode("mzxw 6ytb-oi==", out var bytes));
        Assert.Equal("foobar", System.Text.Encoding.ASCII.GetString(bytes));
        Assert.False(Base32.TryDecode("MZXW1", out _));
        Assert.False(Base32.TryDecode(null, out _));
    }

    [Fact]
    public void OtpAuthUri_FollowsTheKeyUriFormat()
    {
        var uri = OtpAuthUri.Create("NEXI Web", "taro@sample.com", "MZXW6YTBOI", OneTimePasswordPolicy.Default);

        Assert.Equal("otpauth://totp/NEXI%20Web:taro%40sample.com?secret=MZXW6YTBOI&issuer=NEXI%20Web&algorithm=SHA1&digits=6&period=30", uri);
    }
}
