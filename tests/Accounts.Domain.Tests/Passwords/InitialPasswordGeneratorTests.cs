using Accounts.Passwords;
using Accounts.Secrets;
using Accounts.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accounts.Domain.Tests.Passwords;

[Trait("Req", "R-PWD-4")]
public sealed class InitialPasswordGeneratorTests
{
    [Property]
    public Property Property_TheGeneratedPassword_AlwaysPassesItsPolicy()
    {
        var policies = from upper in Gen.Choose(0, 4)
                       from lower in Gen.Choose(0, 4)
                       from digit in Gen.Choose(0, 4)
                       from symbol in Gen.Choose(0, 4)
                       from minimum in Gen.Choose(Math.Max(1, upper + lower + digit + symbol), 40)
                       from extra in Gen.Choose(0, 40)
                       from symbols in Gen.Elements(PasswordPolicy.AsciiSymbols.ToCharArray()).NonEmptyListOf().Select(s => new string([.. s.Distinct()]))
                       from anySymbol in ArbMap.Default.GeneratorFor<bool>()
                       select new PasswordPolicy
                       {
                           MinimumLength = minimum,
                           MaximumLength = minimum + extra,
                           MinimumUppercase = upper,
                           MinimumLowercase = lower,
                           MinimumDigits = digit,
                           MinimumSymbols = symbol,
                           AllowedSymbols = anySymbol ? null : symbols,
                       };

        return Prop.ForAll(policies.ToArbitrary(), ArbMap.Default.ArbFor<int>(), (policy, seed) =>
            policy.Validate(InitialPasswordGenerator.Generate(policy, new SeededSecretGenerator(seed))).IsEmpty);
    }

    [Fact]
    public void Nexi_InitialPasswords_AreSixteenLegibleCharacters_DifferentEachTime()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => InitialPasswordGenerator.Generate(PasswordPolicy.Nexi, CryptographicSecretGenerator.Instance)).ToList();

        Assert.All(passwords, p =>
        {
            Assert.Equal(16, p.Length);
            Assert.Empty(PasswordPolicy.Nexi.Validate(p));
            Assert.DoesNotContain(p, c => "IOl01`|,.".Contains(c, StringComparison.Ordinal));
        });
        Assert.Equal(50, passwords.Distinct().Count());
    }

    [Fact]
    public void TheEmailLocalPart_IsAvoided_WhenThePolicyRefusesIt()
    {
        var policy = PasswordPolicy.Nexi with { AllowEmailLocalPart = false };

        Assert.Empty(policy.Validate(InitialPasswordGenerator.Generate(policy, CryptographicSecretGenerator.Instance, emailLocalPart: "abc"), "abc"));
    }

    [Fact]
    public void APolicyThatFixesEveryCharacter_GetsExactlyItsCountsPerClass()
    {
        // No room for chance: every position belongs to a class, so the per-class fills alone must meet it.
        var exact = new PasswordPolicy { MinimumLength = 12, MaximumLength = 12, MinimumUppercase = 3, MinimumLowercase = 3, MinimumDigits = 3, MinimumSymbols = 3, AllowedSymbols = "#$%" };

        var passwords = Enumerable.Range(0, 50).Select(seed => InitialPasswordGenerator.Generate(exact, new SeededSecretGenerator(seed))).ToList();

        Assert.All(passwords, p => Assert.Equal(
            (12, 3, 3, 3, 3),
            (p.Length, p.Count(char.IsAsciiLetterUpper), p.Count(char.IsAsciiLetterLower), p.Count(char.IsAsciiDigit), p.Count("#$%".Contains))));
    }

    [Fact]
    public void ThePositionsOfTheRequiredClasses_AreNotPredictable()
    {
        // Unshuffled, the first four characters would always be upper, lower, digit, symbol.
        var passwords = Enumerable.Range(0, 400).Select(_ => InitialPasswordGenerator.Generate(PasswordPolicy.Nexi, CryptographicSecretGenerator.Instance)).ToList();

        foreach (var position in Enumerable.Range(0, 4))
        {
            var classes = passwords.Select(p => Class(p[position])).Distinct().Count();
            Assert.Equal(4, classes);
        }
    }

    [Fact]
    public void AnUnsatisfiablePolicy_IsReported()
    {
        var impossible = new PasswordPolicy { MinimumLength = 2, MaximumLength = 3, MinimumUppercase = 2, MinimumDigits = 2 };

        Assert.Throws<InvalidOperationException>(() => InitialPasswordGenerator.Generate(impossible, CryptographicSecretGenerator.Instance));
    }

    private static int Class(char c) => char.IsAsciiLetterUpper(c) ? 0 : char.IsAsciiLetterLower(c) ? 1 : char.IsAsciiDigit(c) ? 2 : 3;
}
