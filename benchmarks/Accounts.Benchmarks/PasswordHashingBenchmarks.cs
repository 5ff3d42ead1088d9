using Accounts.Passwords;
using Accounts.Secrets;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Identity;

namespace Accounts.Benchmarks;

/// <summary>
/// The cost of hashing a password at the default parameters (PBKDF2-HMAC-SHA256, 600,000
/// iterations, OWASP) beside ASP.NET Core Identity's default (PBKDF2-HMAC-SHA512, 100,000
/// iterations). Slow on purpose: this is the work an attacker pays per guess.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PasswordHashingBenchmarks
{
    private const string Password = "Boueki#2025{ok}A";
    private readonly Pbkdf2PasswordHasher _hasher = new(CryptographicSecretGenerator.Instance);
    private readonly PasswordHasher<BenchmarkUser> _identityHasher = new();
    private readonly BenchmarkUser _user = new();

    [Benchmark(Baseline = true, Description = "ASP.NET Core Identity PasswordHasher<T> (default)")]
    public string IdentityHash() => _identityHasher.HashPassword(_user, Password);

    [Benchmark(Description = "Pbkdf2PasswordHasher (default, OWASP)")]
    public string Pbkdf2Hash() => _hasher.Hash(Password);
}
