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

    [Fact]
    public void ManySmallRequests_AcrossBlockBoundaries_NeverRepeat()
    {
        var seen = new HashSet<string>();
        var buffer = new byte[24];

        for (var i = 0; i < 2_000; i++)
        {
            CryptographicSecretGenerator.Instance.Fill(buffer);
            Assert.True(seen.Add(Convert.ToHexString(buffer)));
        }
    }

    [Fact]
    public void LargeRequests_AndEmptyOnes_AreServed()
    {
        var large = new byte[5_000];
        CryptographicSecretGenerator.Instance.Fill(large);
        CryptographicSecretGenerator.Instance.Fill(Span<byte>.Empty);

        Assert.True(large.Distinct().Count() > 200);
    }

    [Fact]
    public async Task ThreadsDrawFromTheirOwnBlocks_AndNeverShareBytes()
    {
        var draws = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 500).Select(_ =>
            {
                var bytes = new byte[16];
                CryptographicSecretGenerator.Instance.Fill(bytes);
                return Convert.ToHexString(bytes);
            }).ToList())));

        var all = draws.SelectMany(d => d).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }
}
