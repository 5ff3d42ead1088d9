using Accounts.Secrets;

namespace Accounts.Domain.Tests.Secrets;

[Trait("Req", "R-PWD-7")]
public sealed class AesGcmSecretProtectorTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] Owner = "totp:account-1"u8.ToArray();

    [Fact]
    public void Protect_ThenUnprotect_RoundTrips_WithADifferentCiphertextEachTime()
    {
        var protector = new AesGcmSecretProtector(Key, CryptographicSecretGenerator.Instance);
        byte[] secret = [1, 2, 3, 4, 5];

        var first = protector.Protect(secret, Owner);
        var second = protector.Protect(secret, Owner);

        Assert.NotEqual(first, second);
        Assert.True(protector.TryUnprotect(first, Owner, out var plain));
        Assert.Equal(secret, plain);
    }

    [Fact]
    public void ATamperedValue_OrAnotherKey_DoesNotDecrypt()
    {
        var protector = new AesGcmSecretProtector(Key, CryptographicSecretGenerator.Instance);
        var other = new AesGcmSecretProtector(Key.Reverse().ToArray(), CryptographicSecretGenerator.Instance);
        var protectedValue = protector.Protect([9, 9, 9], Owner);
        var tampered = protectedValue[..^2] + (protectedValue[^2] == 'A' ? "B" : "A") + protectedValue[^1];

        Assert.False(protector.TryUnprotect(tampered, Owner, out _));
        Assert.False(other.TryUnprotect(protectedValue, Owner, out _));
        Assert.False(protector.TryUnprotect("v3.abc", Owner, out _));
        Assert.False(protector.TryUnprotect("v2.!!!", Owner, out _));
        Assert.False(protector.TryUnprotect("v2.AAAA", Owner, out _));
    }

    [Fact]
    public void AProtectedSecret_IsBoundToItsAssociatedData_AndAnotherOwnerCannotReadIt()
    {
        var protector = new AesGcmSecretProtector(Key, CryptographicSecretGenerator.Instance);
        var protectedValue = protector.Protect([7, 7, 7], Owner);

        Assert.True(protector.TryUnprotect(protectedValue, Owner, out _));
        Assert.False(protector.TryUnprotect(protectedValue, "totp:account-2"u8, out _));
        Assert.False(protector.TryUnprotect(protectedValue, [], out _));
    }

    [Fact]
    public void AValueOfTheUnboundFirstVersion_IsRefused()
    {
        var protector = new AesGcmSecretProtector(Key, CryptographicSecretGenerator.Instance);
        var bound = protector.Protect([7, 7, 7], []);

        Assert.False(protector.TryUnprotect("v1." + bound[3..], [], out _));
    }

    [Fact]
    public void AKeyThatIsNot256Bits_IsMisuse_AndTheMessageDoesNotShowIt()
    {
        var exception = Assert.Throws<ArgumentException>(() => new AesGcmSecretProtector(new byte[16], CryptographicSecretGenerator.Instance));

        Assert.DoesNotContain("0, 0", exception.Message, StringComparison.Ordinal);
    }
}
