namespace Accounts.Text;

/// <summary>Which characters a text field accepts.</summary>
public enum TextKind
{
    /// <summary>Any printable text: no control or invisible formatting characters, no private-use, unassigned or noncharacter code points, no broken surrogates.</summary>
    Printable = 0,

    /// <summary>Full-width only (全角): the characters of the rule's <see cref="FullWidthRepertoire"/>, JIS X 0208 unless the rule says otherwise.</summary>
    FullWidth = 1,

    /// <summary>Full-width katakana (全角カナ) of JIS X 0208: U+30A1–U+30F6, the iteration marks ヽヾ, the long vowel mark ー, the middle dot ・ and the ideographic space.</summary>
    Katakana = 2,

    /// <summary>Half-width alphanumeric (半角英数字): ASCII letters, digits and the symbols a URL or e-mail address needs.</summary>
    HalfWidthAlphanumeric = 3,
}
