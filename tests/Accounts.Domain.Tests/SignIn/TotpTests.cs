using System.Text;
using Accounts.SignIn;
using NodaTime;

namespace Accounts.Domain.Tests.SignIn;

[Trait("Req", "R-PWD-6")]
public sealed class TotpTests
{
    private static readonly OneTimePasswordPolicy Policy = OneTimePasswordPolicy.Default;
    private static readonly byte[] Secret = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082", TotpAlgorithm.Sha1)]
    [InlineData(59L, "46119246", TotpAlgorithm.Sha256)]
    [InlineData(59L, "90693936", TotpAlgorithm.Sha512)]
    [InlineData(1111111109L, "07081804", TotpAlgorithm.Sha1)]
    [InlineData(1111111109L, "68084774", TotpAlgorithm.Sha256)]
    [InlineData(1111111109L, "25091201", TotpAlgorithm.Sha512)]
    [InlineData(1111111111L, "14050471", TotpAlgorithm.Sha1)]
    [InlineData(1111111111L, "67062674", TotpAlgorithm.Sha256)]
    [InlineData(1111111111L, "99943326", TotpAlgorithm.Sha512)]
    [InlineData(1234567890L, "89005924", TotpAlgorithm.Sha1)]
    [InlineData(1234567890L, "91819424", TotpAlgorithm.Sha256)]
    [InlineData(1234567890L, "93441116", TotpAlgorithm.Sha512)]
    [InlineData(2000000000L, "69279037", TotpAlgorithm.Sha1)]
    [InlineData(2000000000L, "90698825", TotpAlgorithm.Sha256)]
    [InlineData(2000000000L, "38618901", TotpAlgorithm.Sha512)]
    [InlineData(20000000000L, "65353130", TotpAlgorithm.Sha1)]
    [InlineData(20000000000L, "77737706", TotpAlgorithm.Sha256)]
    [InlineData(20000000000L, "47863826", TotpAlgorithm.Sha512)]
    public void Compute_MatchesTheRfc6238AppendixBVectors(long unixSeconds, string expected, TotpAlgorithm algorithm)
    {
        var seed = algorithm switch
        {
            TotpAlgorithm.Sha1 => "12345678901234567890",
            TotpAlgorithm.Sha256 => "12345678901234567890123456789012",
            _ => "1234567890123456789012345678901234567890123456789012345678901234",
        };
        var policy = Policy with { Digits = 8, Algorithm = algorithm };

        var code = Totp.Compute(Encoding.ASCII.GetBytes(seed), Totp.TimeStep(Instant.FromUnixTimeSeconds(unixSeconds), policy), policy);

        Assert.Equal(expected, code);
    }

    [Fact]
    public void Verify_AcceptsTheCurrentStepAndOneStepEitherWay()
    {
        var now = Instant.FromUnixTimeSeconds(1_234_567_890);
        var step = Totp.TimeStep(now, Policy);

        Assert.Equal(step, Totp.Verify(Secret, Totp.Compute(Secret, step, Policy), now, -1, Policy));
        Assert.Equal(step - 1, Totp.Verify(Secret, Totp.Compute(Secret, step - 1, Policy), now, -1, Policy));
        Assert.Equal(step + 1, Totp.Verify(Secret, Totp.Compute(Secret, step + 1, Policy), now, -1, Policy));
        Assert.Null(Totp.Verify(Secret, Totp.Compute(Secret, step - 2, Policy), now, -1, Policy));
        Assert.Null(Totp.Verify(Secret, Totp.Compute(Secret, step + 2, Policy), now, -1, Policy));
    }

    [Fact]
    public void Verify_NeverAcceptsACodeOfAStepAlreadyUsed()
    {
        var now = Instant.FromUnixTimeSeconds(1_234_567_890);
        var step = Totp.TimeStep(now, Policy);
        var code = Totp.Compute(Secret, step, Policy);

        Assert.Null(Totp.Verify(Secret, code, now, lastAcceptedStep: step, Policy));
        Assert.Null(Totp.Verify(Secret, Totp.Compute(Secret, step - 1, Policy), now, lastAcceptedStep: step, Policy));
        Assert.Equal(step + 1, Totp.Verify(Secret, Totp.Compute(Secret, step + 1, Policy), now, lastAcceptedStep: step, Policy));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("１２３４５６")]
    public void Verify_RefusesMalformedCodes(string? code)
    {
        Assert.Null(Totp.Verify(Secret, code, Instant.FromUnixTimeSeconds(59), -1, Policy));
    }

    [Fact]
    public void Defaults_AreSha1_SixDigits_ThirtySecondSteps_OneStepOfDrift()
    {
        Assert.Equal((TotpAlgorithm.Sha1, 6, Duration.FromSeconds(30), 1), (Policy.Algorithm, Policy.Digits, Policy.Step, Policy.AllowedDriftSteps));
    }
}
