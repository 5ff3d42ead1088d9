using Accounts.Passwords;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accounts.Domain.Tests.Passwords;

public sealed class PasswordPolicyTests
{
    private static readonly PasswordPolicy Nexi = PasswordPolicy.Nexi;

    [Fact]
    [Trait("Req", "R-PWD-1")]
    public void Nexi_IsEightToThirtyTwo_AllFourClasses_FixedSymbols_NoReuse()
    {
        Assert.Equal((8, 32), (Nexi.MinimumLength, Nexi.MaximumLength!.Value));
        Assert.Equal((1, 1, 1, 1), (Nexi.MinimumUppercase, Nexi.MinimumLowercase, Nexi.MinimumDigits, Nexi.MinimumSymbols));
        Assert.Equal("@_-#.$%&*+/?{}|`,", Nexi.AllowedSymbols);
        Assert.True(Nexi.RejectOtherCharacters);
        Assert.Equal(1, Nexi.HistoryDepth);
    }

    [Theory]
    [Trait("Req", "R-PWD-1")]
    [InlineData("Abcdef1@")]
    [InlineData("Boueki#2025{ok}")]
    [InlineData("a`B,1|x{}")]
    [InlineData("Pass_word-1.23$%&*+/?")]
    public void Nexi_AcceptsPasswordsFollowingEveryRule(string password)
    {
        Assert.Empty(Nexi.Validate(password));
    }

    [Theory]
    [Trait("Req", "R-PWD-1")]
    [Trait("Req", "R-PWD-3")]
    [InlineData("Abcde1@", "password.too_short")]
    [InlineData("Abcdefghijklmnopqrstuvwxyz1234@@@", "password.too_long")]
    [InlineData("abcdef1@", "password.requires_upper")]
    [InlineData("ABCDEF1@", "password.requires_lower")]
    [InlineData("Abcdefg@", "password.requires_digit")]
    [InlineData("Abcdefg1", "password.requires_symbol")]
    [InlineData("Abcdef1@!", "password.invalid_character")]
    [InlineData("Abcd ef1@", "password.invalid_character")]
    [InlineData("Abcdef1@Ａ", "password.invalid_character")]
    [InlineData("Abcdef1@あ", "password.invalid_character")]
    public void Nexi_ReportsTheBrokenRule(string password, string code)
    {
        Assert.Equal([code], Nexi.Validate(password).Select(e => e.Code));
    }

    [Fact]
    [Trait("Req", "R-PWD-3")]
    public void EveryViolatedRule_IsReportedAtOnce_WithJapaneseAndEnglishMessages()
    {
        var errors = Nexi.Validate("ａ");

        Assert.Equal(
            ["password.too_short", "password.requires_upper", "password.requires_lower", "password.requires_digit", "password.requires_symbol", "password.invalid_character"],
            errors.Select(e => e.Code));
        Assert.All(errors, e => Assert.Equal("password", e.Target));
        Assert.Equal("パスワードは8桁以上で設定してください。", Accounts.Messages.MessageCatalog.Default.Describe(errors[0], "ja"));
        Assert.Equal("Use at least 8 characters.", errors[0].Message);
    }

    [Fact]
    [Trait("Req", "R-PWD-1")]
    public void OnlyTheListedSymbols_CountAsSymbols_EveryOtherAsciiSymbolIsRefused()
    {
        foreach (var symbol in PasswordPolicy.AsciiSymbols)
        {
            var codes = Nexi.Validate($"Abcdef1{symbol}").Select(e => e.Code).ToList();
            Assert.Equal(Nexi.AllowedSymbols!.Contains(symbol, StringComparison.Ordinal) ? [] : ["password.requires_symbol", "password.invalid_character"], codes);
        }
    }

    [Fact]
    public void ControlCharactersAndLoneSurrogates_AreNeverAllowed_EvenWhenOtherCharactersAre()
    {
        var lenient = PasswordPolicy.NistSp80063B with { MinimumLength = 8 };

        Assert.Equal(["password.invalid_character"], lenient.Validate("abcdefgh\u0001").Select(e => e.Code));
        Assert.Equal(["password.invalid_character"], lenient.Validate("abcdefgh" + '\uD800').Select(e => e.Code));
        Assert.Empty(lenient.Validate("パスワード 😀 ですよ"));
    }

    [Fact]
    public void Nist_PrefersLengthOverComposition()
    {
        var nist = PasswordPolicy.NistSp80063B;

        Assert.Empty(nist.Validate("correct horse battery staple"));
        Assert.Equal(["password.too_short"], nist.Validate("Sh0rt!Pass").Select(e => e.Code));
        Assert.Empty(nist.Validate(new string('x', 64)));
        Assert.Equal(["password.too_long"], nist.Validate(new string('x', 129)).Select(e => e.Code));
        Assert.Null(nist.MaximumAge);
        Assert.True(nist.CheckBlocklist);
    }

    [Fact]
    public void TheEmailLocalPart_IsRefused_WhenThePolicySaysSo()
    {
        var policy = Nexi with { AllowEmailLocalPart = false };

        Assert.Equal(["password.contains_email"], policy.Validate("Tanaka#2025", "tanaka").Select(e => e.Code));
        Assert.Empty(Nexi.Validate("Tanaka#2025", "tanaka"));
        Assert.Empty(policy.Validate("Tanaka#2025", "ab"));
    }

    [Fact]
    [Trait("Req", "R-PWD-5")]
    public void MaximumAge_IsPolicyData()
    {
        var policy = Nexi with { MaximumAge = Duration.FromDays(90) };

        Assert.Equal(Duration.FromDays(90), policy.MaximumAge);
        Assert.Throws<ArgumentOutOfRangeException>(() => Nexi with { MaximumAge = Duration.Zero });
        Assert.Throws<ArgumentException>(() => Nexi with { AllowedSymbols = "a" });
    }

    [Fact]
    public void AValidPassword_AllocatesNothing()
    {
        const string password = "Boueki#2025{ok}!";
        var policy = Nexi with { AllowedSymbols = Nexi.AllowedSymbols + "!" };
        policy.Validate(password);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            policy.Validate(password);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Property]
    [Trait("Req", "R-PWD-1")]
    public Property Property_PasswordsBuiltToAPolicy_PassIt()
    {
        return Prop.ForAll(Cases().ToArbitrary(), c => c.Policy.Validate(Build(c, c.Length)).IsEmpty);
    }

    [Fact]
    [Trait("Req", "R-PWD-3")]
    public void Property_EachSingleMutation_IsReportedWithExactlyThatRulesCode()
    {
        var mutations = from c in Cases()
                        from mutation in Gen.Elements("short", "long", "upper", "lower", "digit", "symbol", "invalid")
                        select (c, mutation);

        Prop.ForAll(mutations.ToArbitrary(), sample =>
        {
            var (c, mutation) = sample;
            var policy = c.Policy;
            var required = c.Upper + c.Lower + c.Digit + c.Symbol;
            string? password = mutation switch
            {
                "short" when required <= policy.MinimumLength - 1 && policy.MinimumLength > 1 => Build(c, policy.MinimumLength - 1),
                "long" when policy.MaximumLength is { } max => Build(c, max + 1),
                "upper" when c.Upper > 0 => Build(c with { Upper = c.Upper - 1 }, c.Length),
                "lower" when c.Lower > 0 => Build(c with { Lower = c.Lower - 1 }, c.Length, filler: 'X'),
                "digit" when c.Digit > 0 => Build(c with { Digit = c.Digit - 1 }, c.Length),
                "symbol" when c.Symbol > 0 => Build(c with { Symbol = c.Symbol - 1 }, c.Length),
                "invalid" when policy.RejectOtherCharacters => Build(c, c.Length)[..^1] + "Ａ",
                _ => null,
            };
            var expected = mutation switch
            {
                "short" => "password.too_short",
                "long" => "password.too_long",
                "upper" => "password.requires_upper",
                "lower" => "password.requires_lower",
                "digit" => "password.requires_digit",
                "symbol" => "password.requires_symbol",
                _ => "password.invalid_character",
            };
            return password is null || policy.Validate(password).Select(e => e.Code).SequenceEqual([expected]);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    private static Gen<Case> Cases() =>
        from upper in Gen.Choose(0, 3)
        from lower in Gen.Choose(0, 3)
        from digit in Gen.Choose(0, 3)
        from symbol in Gen.Choose(0, 3)
        from minimum in Gen.Choose(Math.Max(1, upper + lower + digit + symbol), 24)
        from spread in Gen.Choose(1, 40)
        from bounded in ArbMap.Default.GeneratorFor<bool>()
        from symbols in Gen.Elements(PasswordPolicy.AsciiSymbols.ToCharArray()).NonEmptyListOf().Select(s => new string([.. s.Distinct()]))
        from anySymbol in ArbMap.Default.GeneratorFor<bool>()
        from reject in ArbMap.Default.GeneratorFor<bool>()
        let policy = new PasswordPolicy
        {
            MinimumLength = minimum,
            MaximumLength = bounded ? minimum + spread : null,
            MinimumUppercase = upper,
            MinimumLowercase = lower,
            MinimumDigits = digit,
            MinimumSymbols = symbol,
            AllowedSymbols = anySymbol ? null : symbols,
            RejectOtherCharacters = reject,
        }
        from length in Gen.Choose(Math.Max(minimum, upper + lower + digit + symbol + 1), (policy.MaximumLength ?? minimum + spread))
        select new Case(policy, upper, lower, digit, symbol, length);

    // The required characters of each class, padded with filler letters to the length.
    private static string Build(Case c, int length, char filler = 'x')
    {
        var symbol = (c.Policy.AllowedSymbols ?? PasswordPolicy.AsciiSymbols)[0];
        var body = new string('A', c.Upper) + new string('b', c.Lower) + new string('7', c.Digit) + new string(symbol, c.Symbol);
        return body.Length >= length ? body : body + new string(filler, length - body.Length);
    }

    private sealed record Case(PasswordPolicy Policy, int Upper, int Lower, int Digit, int Symbol, int Length);
}
