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
        var (broken, wrongKind) = Classify(value, rule.Kind);
        if (broken)
        {
            errors.Add(FieldErrors.InvalidCharacter.Error(field));
        }

        if (wrongKind)
        {
            errors.Add(KindError(rule.Kind).Error(field));
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

        var (broken, wrongKind) = Classify(value, rule.Kind);
        return !broken && !wrongKind && (value.Length <= rule.MaxLength || JapaneseCharacters.Count(value) <= rule.MaxLength);
    }

    /// <summary>Whether the text holds a control or invisible formatting character, or a lone surrogate.</summary>
    /// <param name="value">The text.</param>
    public static bool HasForbiddenCharacters(ReadOnlySpan<char> value) => Classify(value, TextKind.Printable).Broken;

    private static (bool Broken, bool WrongKind) Classify(ReadOnlySpan<char> value, TextKind kind)
    {
        var broken = false;
        var wrongKind = false;
        while (!value.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(value, out var rune, out var consumed) != OperationStatus.Done)
            {
                broken = true;
                value = value[Math.Max(consumed, 1)..];
                continue;
            }

            if (JapaneseCharacters.IsForbiddenInText(rune))
            {
                broken = true;
            }
            else if (!IsOfKind(rune, kind))
            {
                wrongKind = true;
            }

            value = value[consumed..];
        }

        return (broken, wrongKind);
    }

    private static bool IsOfKind(Rune rune, TextKind kind) => kind switch
    {
        TextKind.Printable => true,
        TextKind.FullWidth => !JapaneseCharacters.IsAsciiPrintable(rune) && !JapaneseCharacters.IsHalfWidthKatakana(rune),
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
