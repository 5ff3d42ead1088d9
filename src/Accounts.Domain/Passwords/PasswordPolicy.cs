using System.Collections.Immutable;
using Accounts.Messages;
using Accounts.Results;
using NodaTime;

namespace Accounts.Passwords;

/// <summary>
/// A password policy as data: length, character classes with minimum counts, the
/// allowed symbols, what happens to other characters, reuse, maximum age, the e-mail rule
/// and the blocklist. <see cref="Nexi"/> and <see cref="NistSp80063B"/> are presets; any
/// portal can define its own with a <c>with</c> expression.
/// </summary>
/// <remarks>
/// Letters and digits are the ASCII (half-width) ones. Length counts Unicode scalars, so a
/// character outside the Basic Multilingual Plane counts once.
/// </remarks>
public sealed record PasswordPolicy
{
    /// <summary>Every ASCII symbol, used when <see cref="AllowedSymbols"/> is <see langword="null"/>.</summary>
    public const string AsciiSymbols = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private const byte Forbidden = 0;
    private const byte Upper = 1;
    private const byte Lower = 2;
    private const byte Digit = 3;
    private const byte Symbol = 4;
    private const byte Other = 5;

    private const int LaneBits = 10;
    private const ulong LaneMask = (1UL << LaneBits) - 1;
    private const int LaneCapacity = 1 << LaneBits;

    private readonly byte[] _asciiClasses = Classify(null);
    private readonly ulong[] _asciiIncrements = Increments(Classify(null));

    /// <summary>
    /// NEXI Web services: 8 to 32 characters; an upper-case letter, a lower-case letter, a digit
    /// and a symbol, all half-width; symbols only <c>@ _ - # . $ % &amp; * + / ? { } | ` ,</c>; any
    /// other character refused, full-width characters and spaces included; not the current password.
    /// NEXI's documents name no blocklist; the preset checks the blocklist port anyway (the
    /// built-in list of common passwords unless the host plugs in its own), because
    /// <c>P@ssw0rd1</c> meets every NEXI rule. A portal that must accept exactly NEXI's rules
    /// derives <c>Nexi with { CheckBlocklist = false }</c>.
    /// </summary>
    public static PasswordPolicy Nexi { get; } = new()
    {
        MinimumLength = 8,
        MaximumLength = 32,
        MinimumUppercase = 1,
        MinimumLowercase = 1,
        MinimumDigits = 1,
        MinimumSymbols = 1,
        AllowedSymbols = "@_-#.$%&*+/?{}|`,",
        RejectOtherCharacters = true,
        HistoryDepth = 1,
        CheckBlocklist = true,
    };

    /// <summary>
    /// NIST SP 800-63B (revision 4): length over composition. At least 15 characters for a
    /// password used alone (a portal that always requires a second factor may lower it to 8),
    /// up to 128, any printable character including spaces and Unicode, no class rules, no
    /// periodic change, not the e-mail address, checked against a blocklist; compared in Unicode
    /// Normalization Form C, so every spelling of the same characters is the same password.
    /// </summary>
    public static PasswordPolicy NistSp80063B { get; } = new()
    {
        MinimumLength = 15,
        MaximumLength = 128,
        RejectOtherCharacters = false,
        HistoryDepth = 1,
        AllowEmailLocalPart = false,
        CheckBlocklist = true,
    };

    /// <summary>The fewest characters.</summary>
    public int MinimumLength { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A password has at least one character."); } = 8;

    /// <summary>The most characters; <see langword="null"/> for no limit.</summary>
    public int? MaximumLength { get; init => field = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A maximum length is positive."); } = 64;

    /// <summary>The fewest upper-case letters A–Z.</summary>
    public int MinimumUppercase { get; init => field = NotNegative(value); }

    /// <summary>The fewest lower-case letters a–z.</summary>
    public int MinimumLowercase { get; init => field = NotNegative(value); }

    /// <summary>The fewest digits 0–9.</summary>
    public int MinimumDigits { get; init => field = NotNegative(value); }

    /// <summary>The fewest symbols from <see cref="AllowedSymbols"/>.</summary>
    public int MinimumSymbols { get; init => field = NotNegative(value); }

    /// <summary>The ASCII symbols that count as symbols; <see langword="null"/> for every ASCII symbol.</summary>
    public string? AllowedSymbols
    {
        get;
        init
        {
            _asciiClasses = Classify(value);
            _asciiIncrements = Increments(_asciiClasses);
            field = value;
        }
    }

    /// <summary>Whether characters that are neither letters, digits nor allowed symbols (spaces, full-width characters, other symbols) are refused.</summary>
    public bool RejectOtherCharacters { get; init; } = true;

    /// <summary>How many of the latest passwords may not be used again: 1 is the current one, 0 allows reuse.</summary>
    public int HistoryDepth { get; init => field = value is >= 0 and <= 24 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "History depth lies between 0 and 24."); } = 1;

    /// <summary>How long a password may be used before sign-in requires a change; <see langword="null"/> for no limit.</summary>
    public Duration? MaximumAge { get; init => field = value is null || value > Duration.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A maximum age is positive."); }

    /// <summary>Whether the password may contain the local part of the account's e-mail address.</summary>
    public bool AllowEmailLocalPart { get; init; } = true;

    /// <summary>Whether new passwords are checked against the blocklist port (<see cref="Security.IPasswordBlocklist"/>); on by default and in both presets.</summary>
    public bool CheckBlocklist { get; init; } = true;

    /// <summary>The symbols that count, as shown in messages.</summary>
    public string SymbolsForDisplay => string.Join(' ', (AllowedSymbols ?? AsciiSymbols).ToCharArray());

    /// <summary>
    /// Checks a password against every composition rule at once and returns each violated
    /// rule's error: <c>password.too_short</c>, <c>password.too_long</c>,
    /// <c>password.requires_upper</c>, <c>password.requires_lower</c>,
    /// <c>password.requires_digit</c>, <c>password.requires_symbol</c>,
    /// <c>password.invalid_character</c>, <c>password.contains_email</c>. Reuse and the
    /// blocklist need the stored hashes and the blocklist port and are checked by the use case.
    /// </summary>
    /// <param name="password">The candidate password.</param>
    /// <param name="emailLocalPart">The account's e-mail local part, for <see cref="AllowEmailLocalPart"/>.</param>
    /// <returns>The errors; empty (and nothing allocated) when the password is valid.</returns>
    public ImmutableArray<Error> Validate(ReadOnlySpan<char> password, ReadOnlySpan<char> emailLocalPart = default)
    {
        var counts = Count(password);
        var invalidCharacters = counts.Forbidden > 0 || (RejectOtherCharacters && counts.Other > 0);
        var tooLong = MaximumLength is { } maximum && counts.Length > maximum;
        var containsEmail = !AllowEmailLocalPart && emailLocalPart.Length >= 3 && password.Contains(emailLocalPart, StringComparison.OrdinalIgnoreCase);
        if (counts.Length >= MinimumLength && !tooLong && !invalidCharacters && !containsEmail
            && counts.Upper >= MinimumUppercase && counts.Lower >= MinimumLowercase
            && counts.Digit >= MinimumDigits && counts.Symbol >= MinimumSymbols)
        {
            return [];
        }

        return Describe(counts, tooLong, invalidCharacters, containsEmail);
    }

    /// <summary>Compares the rules; the lookup table derived from <see cref="AllowedSymbols"/> is not compared.</summary>
    /// <param name="other">The policy to compare with.</param>
    public bool Equals(PasswordPolicy? other) =>
        other is not null
        && MinimumLength == other.MinimumLength && MaximumLength == other.MaximumLength
        && MinimumUppercase == other.MinimumUppercase && MinimumLowercase == other.MinimumLowercase
        && MinimumDigits == other.MinimumDigits && MinimumSymbols == other.MinimumSymbols
        && AllowedSymbols == other.AllowedSymbols && RejectOtherCharacters == other.RejectOtherCharacters
        && HistoryDepth == other.HistoryDepth && MaximumAge == other.MaximumAge
        && AllowEmailLocalPart == other.AllowEmailLocalPart && CheckBlocklist == other.CheckBlocklist;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MinimumLength, MaximumLength, MinimumUppercase, MinimumLowercase, MinimumDigits, MinimumSymbols, AllowedSymbols, HistoryDepth);

    /// <summary>Whether a character counts as a symbol under this policy.</summary>
    /// <param name="c">The character.</param>
    public bool IsSymbol(char c) => c < 128 && _asciiClasses[c] == Symbol;

    private readonly record struct CharacterCounts(int Length, int Upper, int Lower, int Digit, int Symbol, int Other, int Forbidden);

    private ImmutableArray<Error> Describe(CharacterCounts counts, bool tooLong, bool invalidCharacters, bool containsEmail)
    {
        const string Target = "password";
        var errors = ImmutableArray.CreateBuilder<Error>();
        if (counts.Length < MinimumLength)
        {
            errors.Add(PasswordErrors.TooShort.Error(Target, MessageDefinition.Argument("minimum", MinimumLength)));
        }

        if (tooLong)
        {
            errors.Add(PasswordErrors.TooLong.Error(Target, MessageDefinition.Argument("maximum", MaximumLength!.Value)));
        }

        AddMissing(errors, counts.Upper, MinimumUppercase, PasswordErrors.RequiresUpper);
        AddMissing(errors, counts.Lower, MinimumLowercase, PasswordErrors.RequiresLower);
        AddMissing(errors, counts.Digit, MinimumDigits, PasswordErrors.RequiresDigit);
        if (counts.Symbol < MinimumSymbols)
        {
            errors.Add(PasswordErrors.RequiresSymbol.Error(Target, MessageDefinition.Argument("minimum", MinimumSymbols), MessageDefinition.Argument("symbols", SymbolsForDisplay)));
        }

        if (invalidCharacters)
        {
            errors.Add(PasswordErrors.InvalidCharacter.Error(Target, MessageDefinition.Argument("symbols", SymbolsForDisplay)));
        }

        if (containsEmail)
        {
            errors.Add(PasswordErrors.ContainsEmail.Error(Target));
        }

        return errors.ToImmutable();

        static void AddMissing(ImmutableArray<Error>.Builder errors, int count, int minimum, MessageDefinition definition)
        {
            if (count < minimum)
            {
                errors.Add(definition.Error(Target, MessageDefinition.Argument("minimum", minimum)));
            }
        }
    }

    // The common case, an ASCII password shorter than 1,024 characters, costs one table lookup
    // and one addition per character: the table holds, for each ASCII character, a one in the
    // 10-bit lane of its class, and the lanes of the sum are the counts.
    private CharacterCounts Count(ReadOnlySpan<char> password)
    {
        var increments = _asciiIncrements;
        if (password.Length < LaneCapacity)
        {
            ulong sum = 0;
            var ascii = true;
            foreach (var c in password)
            {
                if (c >= (uint)increments.Length)
                {
                    ascii = false;
                    break;
                }

                sum += increments[c];
            }

            if (ascii)
            {
                return new CharacterCounts(password.Length, Lane(sum, Upper), Lane(sum, Lower), Lane(sum, Digit), Lane(sum, Symbol), Lane(sum, Other), Lane(sum, Forbidden));
            }
        }

        return CountSlowly(password);
    }

    private CharacterCounts CountSlowly(ReadOnlySpan<char> password)
    {
        Span<int> counts = stackalloc int[6];
        var length = 0;
        var classes = _asciiClasses;
        for (var i = 0; i < password.Length; i++)
        {
            var c = password[i];
            length++;
            if (c < 128)
            {
                counts[classes[c]]++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < password.Length && char.IsLowSurrogate(password[i + 1]))
            {
                i++;
                counts[Other]++;
            }
            else
            {
                counts[char.IsSurrogate(c) || char.IsControl(c) ? Forbidden : Other]++;
            }
        }

        return new CharacterCounts(length, counts[Upper], counts[Lower], counts[Digit], counts[Symbol], counts[Other], counts[Forbidden]);
    }

    private static int Lane(ulong sum, byte characterClass) => (int)((sum >> (characterClass * LaneBits)) & LaneMask);

    private static ulong[] Increments(byte[] classes) => [.. classes.Select(characterClass => 1UL << (characterClass * LaneBits))];

    private static byte[] Classify(string? allowedSymbols)
    {
        if (allowedSymbols is not null)
        {
            foreach (var c in allowedSymbols)
            {
                if (!AsciiSymbols.Contains(c, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"'{c}' is not an ASCII symbol; allowed symbols are chosen from {AsciiSymbols}.", nameof(allowedSymbols));
                }
            }
        }

        var classes = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            classes[c] = c switch
            {
                < 0x20 or 0x7F => Forbidden,
                >= 'A' and <= 'Z' => Upper,
                >= 'a' and <= 'z' => Lower,
                >= '0' and <= '9' => Digit,
                _ when (allowedSymbols ?? AsciiSymbols).Contains((char)c, StringComparison.Ordinal) => Symbol,
                _ => Other,
            };
        }

        return classes;
    }

    private static int NotNegative(int value) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A minimum count cannot be negative.");
}
