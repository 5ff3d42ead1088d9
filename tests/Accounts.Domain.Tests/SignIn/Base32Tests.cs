using Accounts.SignIn;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accounts.Domain.Tests.SignIn;

[Trait("Req", "R-PWD-6")]
public sealed class Base32Tests
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

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

    // The test vectors of RFC 4648 section 10, padded as printed there, unpadded as authenticator apps show them, and in lower case.
    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY======")]
    [InlineData("fo", "MZXQ====")]
    [InlineData("foo", "MZXW6===")]
    [InlineData("foob", "MZXW6YQ=")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI======")]
    public void Decode_ReadsTheRfc4648Vectors(string expected, string encoded)
    {
        foreach (var text in new[] { encoded, encoded.TrimEnd('='), encoded.ToLowerInvariant() })
        {
            Assert.True(Base32.TryDecode(text, out var bytes), text);
            Assert.Equal(expected, System.Text.Encoding.ASCII.GetString(bytes));
        }
    }

    [Theory]
    [InlineData("MZXW1", "1 is not in the alphabet")]
    [InlineData("MZXW8", "8 is not in the alphabet")]
    [InlineData("ſ", "long s folds to S only under Unicode case folding")]
    [InlineData("MZXW6YTBOſ", "long s folds to S only under Unicode case folding")]
    [InlineData("MZXW6YTBOK", "Kelvin sign folds to K only under Unicode case folding")]
    [InlineData("ＭＺＸＱ", "full-width letters are not ASCII")]
    [InlineData("MZXW 6YTB", "a space is not in the alphabet")]
    [InlineData("MZXW-6YTB", "a hyphen is not in the alphabet")]
    [InlineData("MZ=XQ", "padding inside the text")]
    [InlineData("M", "one character encodes no whole byte")]
    [InlineData("MZX", "three characters cannot end a quantum")]
    [InlineData("MZXW6Y", "six characters cannot end a quantum")]
    [InlineData("MZXW6YTBM", "nine characters leave one")]
    [InlineData("MY=====", "padding that does not fill the quantum")]
    [InlineData("MY=======", "padding beyond the quantum")]
    [InlineData("MZXW6YTB========", "a whole quantum of padding")]
    [InlineData("========", "padding alone")]
    [InlineData("MZ", "the pad bits after f are not zero (MY is f)")]
    [InlineData("MZXR", "the pad bits after fo are not zero (MZXQ is fo)")]
    [InlineData("MZXW7", "the pad bits after foo are not zero (MZXW6 is foo)")]
    [InlineData("MZXW6YR", "the pad bits after foob are not zero (MZXW6YQ is foob)")]
    public void Decode_RefusesWhatRfc4648Refuses(string text, string why)
    {
        Assert.False(Base32.TryDecode(text, out var bytes), why);
        Assert.Empty(bytes);
    }

    [Property]
    public Property Property_DecodeReversesEncode()
    {
        return Prop.ForAll(ArbMap.Default.ArbFor<byte[]>().Filter(b => b is not null), bytes =>
            Base32.TryDecode(Base32.Encode(bytes), out var decoded) && decoded.SequenceEqual(bytes));
    }

    [Property]
    public Property Property_AnyCharacterOutsideTheAlphabet_IsRefusedWherever()
    {
        var outside = ArbMap.Default.GeneratorFor<char>()
            .Where(c => c is not ((>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '2' and <= '7') or '='));
        var cases = from bytes in ArbMap.Default.GeneratorFor<byte[]>().Where(b => b is { Length: > 0 })
                    from c in outside
                    from position in Gen.Choose(0, 100)
                    select (Text: Base32.Encode(bytes), Character: c, Position: position);
        return Prop.ForAll(cases.ToArbitrary(), @case =>
        {
            var at = @case.Position % (@case.Text.Length + 1);
            var text = @case.Text.Insert(at, @case.Character.ToString());
            return !Base32.TryDecode(text, out _);
        });
    }

    [Property]
    public Property Property_OnlyEncodingsDecode_SoEveryAcceptedTextEncodesBackToItself()
    {
        var texts = Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray())).Select(chars => new string(chars));
        return Prop.ForAll(texts.ToArbitrary(), text =>
            !Base32.TryDecode(text, out var bytes) || Base32.Encode(bytes) == text);
    }

    [Fact]
    public void OtpAuthUri_FollowsTheKeyUriFormat()
    {
        var uri = OtpAuthUri.Create("NEXI Web", "taro@sample.com", "MZXW6YTBOI", OneTimePasswordPolicy.Default);

        Assert.Equal("otpauth://totp/NEXI%20Web:taro%40sample.com?secret=MZXW6YTBOI&issuer=NEXI%20Web&algorithm=SHA1&digits=6&period=30", uri);
    }
}
