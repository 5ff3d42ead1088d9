using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using NodaTime;

namespace Accounts.SignIn;

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP). Pure: the instant and the
/// last accepted step come in as arguments.
/// </summary>
internal static class Totp
{
    private static readonly int[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

    /// <summary>The time step an instant falls in: whole steps since the Unix epoch.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="policy">The step length.</param>
    public static long TimeStep(Instant instant, OneTimePasswordPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return (long)Math.Floor((instant - NodaConstants.UnixEpoch).TotalSeconds / policy.Step.TotalSeconds);
    }

    /// <summary>The code of a time step.</summary>
    /// <param name="secret">The shared secret.</param>
    /// <param name="timeStep">The step counter.</param>
    /// <param name="policy">Digits and algorithm.</param>
    public static string Compute(ReadOnlySpan<byte> secret, long timeStep, OneTimePasswordPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithm(policy.Algorithm), secret);
        return Code(hmac, timeStep, policy.Digits).ToString(CultureInfo.InvariantCulture).PadLeft(policy.Digits, '0');
    }

    /// <summary>
    /// Checks a code against the steps around an instant (±<see cref="OneTimePasswordPolicy.AllowedDriftSteps"/>),
    /// refusing steps at or before the last accepted one so a code is never accepted twice.
    /// </summary>
    /// <param name="secret">The shared secret.</param>
    /// <param name="code">The code the person typed.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="lastAcceptedStep">The step of the last accepted code, or -1.</param>
    /// <param name="policy">Digits, step, drift and algorithm.</param>
    /// <returns>The matched step, or <see langword="null"/>.</returns>
    public static long? Verify(ReadOnlySpan<byte> secret, string? code, Instant now, long lastAcceptedStep, OneTimePasswordPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (code is null || code.Length != policy.Digits || !int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var typed))
        {
            return null;
        }

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithm(policy.Algorithm), secret);
        var current = TimeStep(now, policy);
        long? matched = null;
        for (var step = current - policy.AllowedDriftSteps; step <= current + policy.AllowedDriftSteps; step++)
        {
            // Every candidate is computed and compared, matched or not, so timing tells nothing.
            var equal = (Code(hmac, step, policy.Digits) ^ typed) == 0;
            if (equal && step > lastAcceptedStep && matched is null)
            {
                matched = step;
            }
        }

        return matched;
    }

    // RFC 4226 §5.3: HMAC of the big-endian counter, dynamic truncation, modulo 10^digits.
    private static int Code(IncrementalHash hmac, long timeStep, int digits)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, timeStep);
        Span<byte> mac = stackalloc byte[64];
        hmac.AppendData(counter);
        var length = hmac.GetHashAndReset(mac);
        var offset = mac[length - 1] & 0x0F;
        var binary = ((mac[offset] & 0x7F) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
        return binary % PowersOfTen[digits];
    }

    private static HashAlgorithmName HashAlgorithm(TotpAlgorithm algorithm) => algorithm switch
    {
        TotpAlgorithm.Sha1 => HashAlgorithmName.SHA1,
        TotpAlgorithm.Sha256 => HashAlgorithmName.SHA256,
        TotpAlgorithm.Sha512 => HashAlgorithmName.SHA512,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown TOTP algorithm."),
    };
}
