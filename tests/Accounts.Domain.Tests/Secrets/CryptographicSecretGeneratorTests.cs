using Accounts.Secrets;

namespace Accounts.Domain.Tests.Secrets;

public sealed class CryptographicSecretGeneratorTests
{
    [Fact]
    public void Fill_ProducesDifferentBytesEachTime()
    {
        var first = new byte[32];
        var second = new byte[32];

        CryptographicSecretGenerator.Instance.Fill(first);
        CryptographicSecretGenerator.Instance.Fill(second);

        Assert.NotEqual(first, second);
        Assert.Contains(first, b => b != 0);
    }
}
