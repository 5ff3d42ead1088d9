using Accounts.Security;

namespace Accounts.Testing;

/// <summary>Wraps a password hasher and counts its work, to prove that two paths cost the same hashing.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher
{
    private readonly IPasswordHasher _inner;
    private int _hashes;
    private int _verifications;

    /// <summary>Wraps a hasher.</summary>
    /// <param name="inner">The hasher doing the work.</param>
    public CountingPasswordHasher(IPasswordHasher inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <summary>How many hashes were made.</summary>
    public int Hashes => Volatile.Read(ref _hashes);

    /// <summary>How many verifications were made.</summary>
    public int Verifications => Volatile.Read(ref _verifications);

    /// <inheritdoc />
    public string Hash(ReadOnlySpan<char> password)
    {
        Interlocked.Increment(ref _hashes);
        return _inner.Hash(password);
    }

    /// <inheritdoc />
    public PasswordVerificationResult Verify(string hash, ReadOnlySpan<char> password)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.Verify(hash, password);
    }

    /// <summary>Starts counting from zero.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _hashes, 0);
        Interlocked.Exchange(ref _verifications, 0);
    }
}
