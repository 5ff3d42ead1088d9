using Accounts.Secrets;
using Accounts.Security;

namespace Accounts.Passwords;

/// <summary>
/// Generates initial passwords from the cryptographic generator that always satisfy
/// the policy in force. Characters that are easy to misread on paper (I, O, l, 0, 1 and
/// look-alike symbols) are left out, since initial passwords are often delivered by post.
/// </summary>
internal static class InitialPasswordGenerator
{
    private const string Uppercase = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lowercase = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string LegibleSymbols = "@#$%&*+?=!";

    /// <summary>Generates a password.</summary>
    /// <param name="policy">The policy the password must satisfy.</param>
    /// <param name="secrets">The cryptographic generator.</param>
    /// <param name="preferredLength">The length to aim for; kept within the policy's limits.</param>
    /// <param name="emailLocalPart">The account's e-mail local part, which the password must not contain when the policy says so.</param>
    /// <exception cref="InvalidOperationException">The policy cannot be satisfied (its minimum counts exceed its maximum length).</exception>
    public static string Generate(PasswordPolicy policy, ISecretGenerator secrets, int preferredLength = 16, string? emailLocalPart = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(secrets);
        var required = policy.MinimumUppercase + policy.MinimumLowercase + policy.MinimumDigits + policy.MinimumSymbols;
        var length = Math.Max(Math.Max(preferredLength, policy.MinimumLength), required);
        if (policy.MaximumLength is { } maximum)
        {
            length = Math.Min(length, maximum);
        }

        if (length < required || length < policy.MinimumLength)
        {
            throw new InvalidOperationException("The password policy cannot be satisfied: its minimum counts exceed its maximum length.");
        }

        var symbols = SymbolsFor(policy);
        var all = Uppercase + Lowercase + Digits + (policy.MinimumSymbols > 0 ? symbols : string.Empty);
        var buffer = new char[length];
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var position = 0;
            Fill(buffer, ref position, Uppercase, policy.MinimumUppercase, secrets);
            Fill(buffer, ref position, Lowercase, policy.MinimumLowercase, secrets);
            Fill(buffer, ref position, Digits, policy.MinimumDigits, secrets);
            Fill(buffer, ref position, symbols, policy.MinimumSymbols, secrets);
            Fill(buffer, ref position, all, length - position, secrets);
            SecretRandom.Shuffle(secrets, buffer.AsSpan());
            if (policy.Validate(buffer, emailLocalPart).IsEmpty)
            {
                return new string(buffer);
            }
        }

        throw new InvalidOperationException("No password satisfying the policy was found in 100 attempts.");
    }

    private static string SymbolsFor(PasswordPolicy policy)
    {
        var legible = new string(LegibleSymbols.Where(policy.IsSymbol).ToArray());
        if (legible.Length > 0)
        {
            return legible;
        }

        return policy.AllowedSymbols is { Length: > 0 } allowed ? allowed : PasswordPolicy.AsciiSymbols;
    }

    private static void Fill(char[] buffer, ref int position, string alphabet, int count, ISecretGenerator secrets)
    {
        for (var i = 0; i < count; i++)
        {
            buffer[position++] = alphabet[SecretRandom.NextInt(secrets, alphabet.Length)];
        }
    }
}
