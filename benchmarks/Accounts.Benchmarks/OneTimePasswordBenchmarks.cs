using Accounts.Secrets;
using Accounts.SignIn;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Accounts.Benchmarks;

/// <summary>
/// Verifying a TOTP code (RFC 6238, SHA-1, 6 digits, 30 s): the library's <see cref="Totp.Verify"/>
/// against ASP.NET Core Identity's <see cref="AuthenticatorTokenProvider{TUser}"/>, in the same run.
/// Identity reads the time from the system clock and accepts ±2 steps; the library takes the
/// instant as an argument and accepts ±1 step, checking every candidate step so timing is constant.
/// </summary>
[MemoryDiagnoser]
public class OneTimePasswordBenchmarks
{
    private readonly OneTimePasswordPolicy _policy = OneTimePasswordPolicy.Default;
    private readonly BenchmarkUser _user = new();
    private readonly AuthenticatorTokenProvider<BenchmarkUser> _identityProvider = new();
    private byte[] _secret = [];
    private string _code = string.Empty;
    private Instant _now;
    private UserManager<BenchmarkUser> _userManager = null!;

    [GlobalSetup]
    public void Setup()
    {
        _secret = new byte[20];
        CryptographicSecretGenerator.Instance.Fill(_secret);
        _user.AuthenticatorKey = Base32.Encode(_secret);
        _userManager = IdentityPeer.UserManager(Options.Create(new IdentityOptions()));
        _now = Instant.FromDateTimeOffset(TimeProvider.System.GetUtcNow());
        _code = Totp.Compute(_secret, Totp.TimeStep(_now, _policy), _policy);
    }

    [GlobalCleanup]
    public void Cleanup() => _userManager.Dispose();

    [Benchmark(Baseline = true, Description = "ASP.NET Core Identity AuthenticatorTokenProvider")]
    public async Task<bool> IdentityAuthenticator() => await _identityProvider.ValidateAsync("TwoFactor", _code, _userManager, _user);

    [Benchmark(Description = "Totp.Verify")]
    public long? TotpVerify() => Totp.Verify(_secret, _code, _now, -1, _policy);
}
