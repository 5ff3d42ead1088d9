using Accounts.Messages;

namespace Accounts.Text;

/// <summary>The codes of form-field validation. The error's target names the field.</summary>
public static class FieldErrors
{
    /// <summary><c>field.required</c>: nothing was entered.</summary>
    public static MessageDefinition Required { get; } = new("field.required", "This field is required.", "入力必須の項目です。");

    /// <summary><c>field.too_long</c>: more characters than allowed; argument <c>maximum</c>.</summary>
    public static MessageDefinition TooLong { get; } = new("field.too_long", "Enter at most {maximum} characters.", "{maximum}文字以内で入力してください。");

    /// <summary>
    /// <c>field.invalid_character</c>: a character no field accepts (control, invisible formatting,
    /// private use, unassigned, noncharacter) or broken text (a lone surrogate); arguments
    /// <c>codePoint</c> (U+XXXX) and <c>position</c> (counted in characters from 1) name the first one.
    /// </summary>
    public static MessageDefinition InvalidCharacter { get; } = new("field.invalid_character", "The character {codePoint} at position {position} cannot be used.", "{position}文字目の文字（{codePoint}）は使用できません。");

    /// <summary><c>field.full_width_required</c>: a character that is not full-width in a full-width field; arguments <c>codePoint</c> and <c>position</c> name the first one.</summary>
    public static MessageDefinition FullWidthRequired { get; } = new("field.full_width_required", "Use full-width characters only ({codePoint} at position {position} is not).", "全角文字で入力してください（{position}文字目の{codePoint}は使用できません）。");

    /// <summary><c>field.katakana_required</c>: anything but full-width katakana in a katakana field; arguments <c>codePoint</c> and <c>position</c> name the first one.</summary>
    public static MessageDefinition KatakanaRequired { get; } = new("field.katakana_required", "Use full-width katakana only ({codePoint} at position {position} is not).", "全角カタカナで入力してください（{position}文字目の{codePoint}は使用できません）。");

    /// <summary><c>field.half_width_required</c>: anything but half-width letters, digits and URL symbols; arguments <c>codePoint</c> and <c>position</c> name the first one.</summary>
    public static MessageDefinition HalfWidthRequired { get; } = new("field.half_width_required", "Use half-width letters, digits and symbols only ({codePoint} at position {position} is not).", "半角英数字で入力してください（{position}文字目の{codePoint}は使用できません）。");

    /// <summary><c>field.postal_code_format</c>: not a postal code of the form NNN-NNNN.</summary>
    public static MessageDefinition PostalCodeFormat { get; } = new("field.postal_code_format", "Enter the postal code as NNN-NNNN.", "郵便番号はNNN-NNNNの形式で入力してください。");

    /// <summary><c>field.phone_format</c>: not a Japanese phone number.</summary>
    public static MessageDefinition PhoneFormat { get; } = new("field.phone_format", "Enter a Japanese phone number.", "正しい電話番号を入力してください。");

    /// <summary><c>field.url_format</c>: not an absolute http or https address.</summary>
    public static MessageDefinition UrlFormat { get; } = new("field.url_format", "Enter an address starting with http:// or https://.", "http:// または https:// で始まるアドレスを入力してください。");

    /// <summary><c>field.unsupported</c>: a value the library does not support, such as a language other than ja or en.</summary>
    public static MessageDefinition Unsupported { get; } = new("field.unsupported", "This value is not supported.", "この値は指定できません。");

    /// <summary><c>field.mismatch</c>: a confirmation field differs from the field it confirms.</summary>
    public static MessageDefinition Mismatch { get; } = new("field.mismatch", "The two entries do not match.", "確認用の入力内容が一致しません。");

    /// <summary>Every definition of this group.</summary>
    public static IReadOnlyList<MessageDefinition> All { get; } =
        [Required, TooLong, InvalidCharacter, FullWidthRequired, KatakanaRequired, HalfWidthRequired, PostalCodeFormat, PhoneFormat, UrlFormat, Unsupported, Mismatch];
}
