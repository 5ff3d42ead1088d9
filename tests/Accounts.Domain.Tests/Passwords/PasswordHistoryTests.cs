using Accounts.Passwords;
using Accounts.Secrets;
using NodaTime;

namespace Accounts.Domain.Tests.Passwords;

[Trait("Req", "R-PWD-2")]
public sealed class PasswordHistoryTests
{
    private static readonly Pbkdf2PasswordHasher Hasher = new(CryptographicSecretGenerator.Instance, new Pbkdf2Options { Iterations = 1_000 });
    private static readonly Instant Now = Instant.FromUtc(2025, 10, 1, 0, 0);

    [Fact]
    public void DepthOne_RefusesOnlyTheCurrentPassword()
    {
        var policy = PasswordPolicy.Nexi;
        var credential = PasswordHistory.Rotate(PasswordHistory.NewCredential(Hasher.Hash("First#111"), Now, true), Hasher.Hash("Second#222"), policy, Now);

        Assert.True(PasswordHistory.IsReused(credential, "Second#222", policy, Hasher));
        Assert.False(PasswordHistory.IsReused(credential, "First#111", policy, Hasher));
        Assert.Empty(credential.PreviousPasswordHashes);
    }

    [Fact]
    public void DeeperHistory_RemembersThatManyPasswords_AsHashes()
    {
        var policy = PasswordPolicy.Nexi with { HistoryDepth = 3 };
        var credential = PasswordHistory.NewCredential(Hasher.Hash("One#1111"), Now, false);
        foreach (var next in new[] { "Two#2222", "Three#333", "Four#4444" })
        {
            credential = PasswordHistory.Rotate(credential, Hasher.Hash(next), policy, Now);
        }

        Assert.Equal(2, credential.PreviousPasswordHashes.Length);
        Assert.True(PasswordHistory.IsReused(credential, "Four#4444", policy, Hasher));
        Assert.True(PasswordHistory.IsReused(credential, "Three#333", policy, Hasher));
        Assert.True(PasswordHistory.IsReused(credential, "Two#2222", policy, Hasher));
        Assert.False(PasswordHistory.IsReused(credential, "One#1111", policy, Hasher));
        Assert.All(credential.PreviousPasswordHashes, h => Assert.StartsWith("$pbkdf2-sha256$", h, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Req", "R-PWD-5")]
    public void Rotate_RestartsTheAge_AndClearsTheChangeRequirementAndLockout()
    {
        var credential = PasswordHistory.NewCredential(Hasher.Hash("Initial#1"), Now, mustChange: true) with { FailedAttempts = 3, LockedOutUntil = Now + Duration.FromMinutes(5) };

        var rotated = PasswordHistory.Rotate(credential, Hasher.Hash("Changed#2"), PasswordPolicy.Nexi, Now + Duration.FromDays(10));

        Assert.Equal((Now + Duration.FromDays(10), false, 0, (Instant?)null), (rotated.PasswordChangedAt, rotated.MustChangePassword, rotated.FailedAttempts, rotated.LockedOutUntil));
    }

    [Fact]
    public void DepthZero_AllowsReuse()
    {
        var policy = PasswordPolicy.Nexi with { HistoryDepth = 0 };

        Assert.False(PasswordHistory.IsReused(PasswordHistory.NewCredential(Hasher.Hash("Same#1234"), Now, false), "Same#1234", policy, Hasher));
    }
}
