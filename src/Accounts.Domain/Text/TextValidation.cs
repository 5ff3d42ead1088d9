using System.Buffers;
using System.Text;
using Accounts.Messages;
using Accounts.Results;

namespace Accounts.Text;

/// <summary>Checks a text field against its <see cref="TextRule"/> and reports every kind of problem it has.</summary>
public static class TextValidation
{
    /// <summary>
    /// Checks one field. A missing or blank value is reported only when the field is
    /// required. Otherwise each problem is reported once: broken or control characters,
    /// characters of the wrong kind, too many characters.
    /// </summary>
    /// <param name="value">The entered value.</param>
    /// <param name="rule">What the field accepts.</param>
    /// <param name="field">The field name, used as the error target.</param>
    /// <param name="errors">Where errors are added.</param>
    /// <returns>Whether the field is valid.</returns>
    public static bool Check(string? value, TextRule rule, string field, ICollection<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (rule.Required)
            {
                errors.Add(FieldErrors.Required.Error(field));
                return false;
            }

            return true;
        }

        var before = errors.Count;
        var (broken, wrongKind) = Classify(value, rule.Kind, rule.FullWidth);
        if (broken.Found)
        {
            errors.Add(FieldErrors.InvalidCharacter.Error(field, broken.Arguments));
        }

        if (wrongKind.Found)
        {
            errors.Add(KindError(rule.Kind).Error(field, wrongKind.Arguments));
        }

        if (value.Length > rule.MaxLength && JapaneseCharacters.Count(value) > rule.MaxLength)
        {
            errors.Add(FieldErrors.TooLong.Error(field, MessageDefinition.Argument("maximum", rule.MaxLength)));
        }

        return errors.Count == before;
    }

    /// <summary>Whether a value passes the rule; allocates nothing. Use <see cref="Check"/> to learn why it does not.</summary>
    /// <param name="value">The entered value.</param>
    /// <param name="rule">What the field accepts.</param>
    public static bool IsValid(string? value, TextRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (string.IsNullOrWhiteSpace(value))
        {
            return !rule.Required;
        }

        var (broken, wrongKind) = Classify(value, rule.Kind, rule.FullWidth);
        return !broken.Found && !wrongKind.Found && (value.Length <= rule.MaxLength || JapaneseCharacters.Count(value) <= rule.MaxLength);
    }

    /// <summary>
    /// Whether the text holds a character no field accepts: a control or invisible formatting
    /// character, a private-use or unassigned code point, a noncharacter, or a lone surrogate.
    /// </summary>
    /// <param name="value">The text.</param>
    public static bool HasForbiddenCharacters(ReadOnlySpan<char> value) => Classify(value, TextKind.Printable, default).Broken.Found;

    /// <summary>The first character no field accepts, for an error that names it; <see langword="null"/> when there is none.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The code point (a lone surrogate's own value) and its position, counted in characters from 1.</returns>
    public static (int CodePoint, int Position)? FindForbiddenCharacter(ReadOnlySpan<char> value) =>
        Classify(value, TextKind.Printable, default).Broken is { Found: true } broken ? (broken.CodePoint, broken.Position) : null;

    /// <summary><c>field.invalid_character</c> naming the first character no field accepts; <see langword="null"/> when there is none.</summary>
    /// <param name="value">The text.</param>
    /// <param name="field">The field name, used as the error target.</param>
    internal static Error? InvalidCharacterError(ReadOnlySpan<char> value, string field) =>
        Classify(value, TextKind.Printable, default).Broken is { Found: true } broken ? FieldErrors.InvalidCharacter.Error(field, broken.Arguments) : null;

    private static (CharacterFinding Broken, CharacterFinding WrongKind) Classify(ReadOnlySpan<char> value, TextKind kind, FullWidthRepertoire fullWidth)
    {
        CharacterFinding broken = default, wrongKind = default;
        var previous = -1;
        for (var position = 1; !value.IsEmpty; position++)
        {
            if (Rune.DecodeFromUtf16(value, out var rune, out var consumed) != OperationStatus.Done)
            {
                broken = broken.Found ? broken : new CharacterFinding(value[0], position);
                value = value[Math.Max(consumed, 1)..];
                previous = -1;
                continue;
            }

            if (JapaneseCharacters.IsForbiddenInText(rune))
            {
                broken = broken.Found ? broken : new CharacterFinding(rune.Value, position);
            }
            else if (!wrongKind.Found && !IsOfKind(AsSeen(rune, previous), kind, fullWidth))
            {
                wrongKind = new CharacterFinding(rune.Value, position);
            }

            previous = rune.Value;
            value = value[consumed..];
        }

        return (broken, wrongKind);
    }

    // Decomposed text (macOS sends ガ as カ + U+3099) is judged as the kana a person sees, so a
    // combining voiced mark that composes with the kana before it counts as the composed kana.
    private static Rune AsSeen(Rune rune, int previous) =>
        rune.Value is 0x3099 or 0x309A && previous >= 0 && JapaneseCharacters.TryComposeVoiced(previous, rune.Value, out var composed)
            ? new Rune(composed)
            : rune;

    private static bool IsOfKind(Rune rune, TextKind kind, FullWidthRepertoire fullWidth) => kind switch
    {
        TextKind.Printable => true,
        TextKind.FullWidth => FullWidthCharacters.Contains(fullWidth, rune),
        TextKind.Katakana => JapaneseCharacters.IsKatakanaFieldCharacter(rune),
        TextKind.HalfWidthAlphanumeric => JapaneseCharacters.IsHalfWidthAlphanumeric(rune),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown text kind."),
    };

    private static MessageDefinition KindError(TextKind kind) => kind switch
    {
        TextKind.FullWidth => FieldErrors.FullWidthRequired,
        TextKind.Katakana => FieldErrors.KatakanaRequired,
        TextKind.HalfWidthAlphanumeric => FieldErrors.HalfWidthRequired,
        _ => FieldErrors.InvalidCharacter,
    };
}
