using Accounts.Security;

namespace Accounts.Passwords;

/// <summary>
/// A password as typed, across the runs of one use case: normalized once, verified once per
/// stored hash and hashed once, so a retry after a concurrent change costs no second hashing
/// unless the stored hash changed.
/// </summary>
/// <param name="typed">The password as typed; <see langword="null"/> is the empty password.</param>
internal sealed class TypedPassword(string? typed)
{
    private string? _verifiedHash;
    private PasswordVerificationResult _verification;
    private string? _hash;

    /// <summary>The password in the spelling that is checked and hashed (<see cref="PasswordText"/>).</summary>
    public string Text { get; } = PasswordText.Normalize(typed);

    public PasswordVerificationResult Verify(string hash, IPasswordHasher hasher)
    {
        if (hash != _verifiedHash)
        {
            _verification = hasher.Verify(hash, Text);
            _verifiedHash = hash;
        }

        return _verification;
    }

    public bool Matches(string hash, IPasswordHasher hasher) => Verify(hash, hasher) != PasswordVerificationResult.Failed;

    public string Hash(IPasswordHasher hasher) => _hash ??= hasher.Hash(Text);
}
