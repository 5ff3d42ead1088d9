using Accounts.Passwords;
using Accounts.Secrets;
using Accounts.Security;
using FsCheck;
using FsCheck.Fluent;

namespace Accounts.Domain.Tests.Passwords;

[Trait("Req", "R-PWD-7")]
public sealed class Pbkdf2PasswordHasherTests
{
    private static readonly Pbkdf2PasswordHasher Fast = new(CryptographicSecretGenerator.Instance, new Pbkdf2Options { Iterations = 1_000 });

    [Fact]
    public void TheDefault_FollowsOwasp()
    {
        Assert.Equal((600_000, 16, 32), (Pbkdf2Options.Owasp.Iterations, Pbkdf2Options.Owasp.SaltSize, Pbkdf2Options.Owasp.HashSize));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Pbkdf2Options { Iterations = 999 });
    }

    [Fact]
    public void Hash_IsVersionedAndSalted_AndNeverContainsThePassword()
    {
        var first = Fast.Hash("Boueki#2025");
        var second = Fast.Hash("Boueki#2025");

        Assert.Matches(@"^\$pbkdf2-sha256\$v=1\$i=1000\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$", first);
        Assert.NotEqual(first, second);
        Assert.DoesNotContain("Boueki", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7, 32, "Failed")]                 // a salt truncated below 8 bytes is never trusted
    [InlineData(16, 15, "Failed")]                // nor a hash truncated below 16 bytes
    [InlineData(8, 16, "SucceededRehashNeeded")]  // short but sound: accepted, and re-hashed at sign-in
    [InlineData(16, 32, "Succeeded")]
    public void AStoredHash_WithATruncatedSaltOrHash_IsJudgedByItsLengths(int saltBytes, int hashBytes, string expected)
    {
        var salt = new byte[saltBytes];
        Random.Shared.NextBytes(salt);
        var derived = System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2("Boueki#2025"u8, salt, 1_000, System.Security.Cryptography.HashAlgorithmName.SHA256, hashBytes);
        var stored = $"$pbkdf2-sha256$v=1$i=1000${System.Buffers.Text.Base64Url.EncodeToString(salt)}${System.Buffers.Text.Base64Url.EncodeToString(derived)}";

        Assert.Equal(Enum.Parse<PasswordVerificationResult>(expected), Fast.Verify(stored, "Boueki#2025"));
    }

    [Fact]
    public void Verify_RoundTrips()
    {
        Assert.Equal(PasswordVerificationResult.Succeeded, Fast.Verify(Fast.Hash("Boueki#2025"), "Boueki#2025"));
    }

    [Fact]
    public void Property_AWrongPassword_NeverVerifies()
    {
        var pairs = ArbMap.Default.GeneratorFor<NonNull<string>>().Two().Where(p => p.Item1.Get != p.Item2.Get);

        Prop.ForAll(pairs.ToArbitrary(), pair => Fast.Verify(Fast.Hash(pair.Item1.Get), pair.Item2.Get) == PasswordVerificationResult.Failed)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(50));
    }

    [Fact]
    public void AHashMadeWithWeakerParameters_StillVerifies_AndAsksForARehash()
    {
        var stronger = new Pbkdf2PasswordHasher(CryptographicSecretGenerator.Instance, new Pbkdf2Options { Iterations = 2_000 });

        Assert.Equal(PasswordVerificationResult.SucceededRehashNeeded, stronger.Verify(Fast.Hash("Boueki#2025"), "Boueki#2025"));
        Assert.Equal(PasswordVerificationResult.Succeeded, Fast.Verify(stronger.Hash("Boueki#2025"), "Boueki#2025"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("$pbkdf2-sha256$v=1$i=1000$$")]
    [InlineData("$pbkdf2-sha512$v=1$i=1000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$pbkdf2-sha256$v=x$i=1000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$pbkdf2-sha256$v=1$i=-5$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("$pbkdf2-sha256$v=1$i=1000$!!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void AHashItCannotRead_NeverVerifies(string hash)
    {
        Assert.Equal(PasswordVerificationResult.Failed, Fast.Verify(hash, "anything"));
    }
}
