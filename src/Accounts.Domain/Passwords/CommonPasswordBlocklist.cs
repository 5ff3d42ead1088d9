using System.Collections.Frozen;
using Accounts.Security;

namespace Accounts.Passwords;

/// <summary>
/// The built-in <see cref="IPasswordBlocklist"/>: a small list of the most common passwords,
/// compared without regard to case. Hosts that need a breach corpus plug in their own port.
/// </summary>
public sealed class CommonPasswordBlocklist : IPasswordBlocklist
{
    private static readonly FrozenSet<string> Passwords = new[]
    {
        "123456", "123456789", "12345678", "12345", "1234567", "1234567890", "111111", "000000", "123123", "654321",
        "666666", "121212", "112233", "7777777", "987654321", "123321", "password", "password1", "password123", "passw0rd",
        "p@ssw0rd", "p@ssword", "qwerty", "qwerty123", "qwertyuiop", "1qaz2wsx", "1q2w3e4r", "1q2w3e4r5t", "qazwsx", "zxcvbnm",
        "asdfghjkl", "abc123", "abcd1234", "iloveyou", "admin", "admin123", "administrator", "welcome", "welcome1", "letmein",
        "monkey", "dragon", "master", "sunshine", "princess", "football", "baseball", "superman", "batman", "trustno1",
        "shadow", "michael", "jennifer", "charlie", "freedom", "whatever", "starwars", "hello123", "login", "guest",
        "changeme", "default", "secret", "test1234", "passpass", "sakura", "tokyo", "nihon", "nippon", "pokemon",
        "passwordpassword", "123456789012345", "1234567890123456", "qwertyuiopasdfgh", "iloveyouiloveyou", "aaaaaaaaaaaaaaa",
        "abcdefghijklmnop", "1q2w3e4r5t6y7u8i", "p@ssw0rdp@ssw0rd", "welcomewelcome", "Password1!", "Passw0rd!", "P@ssw0rd1",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The shared instance.</summary>
    public static CommonPasswordBlocklist Instance { get; } = new();

    /// <inheritdoc />
    public ValueTask<bool> ContainsAsync(string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(password);
        return ValueTask.FromResult(Passwords.Contains(password));
    }
}
