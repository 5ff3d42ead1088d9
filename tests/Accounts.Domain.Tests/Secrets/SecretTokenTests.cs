using Accounts.Secrets;
using Accounts.Testing;

namespace Accounts.Domain.Tests.Secrets;

public sealed class SecretTokenTests
{
    private static readonly Guid Subject = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void AToken_CarriesItsSubjectAnd256RandomBits_AndOnlyItsHashIsKept()
    {
        var issued = SecretToken.Issue(Subject, CryptographicSecretGenerator.Instance);

        Assert.Equal(64, issued.Token.Length);
        Assert.True(SecretToken.TryRead(issued.Token, out var subject, out var hash));
        Assert.Equal(Subject, subject);
        Assert.True(SecretToken.HashesEqual(issued.Hash, hash));
        Assert.DoesNotContain(issued.Token, issued.Hash, StringComparison.Ordinal);
        Assert.Equal("IssuedToken { *** }", issued.ToString());
    }

    [Fact]
    public void TwoTokensForOneSubject_Differ()
    {
        var first = SecretToken.Issue(Subject, CryptographicSecretGenerator.Instance);
        var second = SecretToken.Issue(Subject, CryptographicSecretGenerator.Instance);

        Assert.NotEqual(first.Token, second.Token);
        Assert.False(SecretToken.HashesEqual(first.Hash, second.Hash));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void MalformedTokens_AreNotRead(string? token)
    {
        Assert.False(SecretToken.TryRead(token, out _, out _));
    }

    [Fact]
    public void HashesEqual_IsFalseForNullsAndDifferentLengths()
    {
        Assert.False(SecretToken.HashesEqual(null, "a"));
        Assert.False(SecretToken.HashesEqual("a", null));
        Assert.False(SecretToken.HashesEqual("abc", "abcd"));
        Assert.True(SecretToken.HashesEqual("abc", "abc"));
    }

    [Fact]
    public void TheSameSeed_GivesTheSameToken_SoTestsCanBeReproducible()
    {
        Assert.Equal(SecretToken.Issue(Subject, new SeededSecretGenerator(3)), SecretToken.Issue(Subject, new SeededSecretGenerator(3)));
    }
}
