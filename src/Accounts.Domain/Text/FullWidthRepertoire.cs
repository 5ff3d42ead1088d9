namespace Accounts.Text;

/// <summary>
/// Which characters a full-width (全角) field accepts. Each repertoire is a fixed list of
/// characters, generated at build time from the mapping it is named after; none of them holds
/// ASCII, half-width katakana, or a character no field accepts (control, private use,
/// unassigned, noncharacter).
/// </summary>
public enum FullWidthRepertoire
{
    /// <summary>
    /// JIS X 0208: the 6,879 double-byte characters every Shift_JIS, EUC-JP and ISO-2022-JP
    /// system carries — kana, the level 1 and 2 kanji, full-width Latin letters and digits,
    /// Greek, Cyrillic and the JIS symbols — as Windows (code page 932) maps them, plus the JIS
    /// standard's reading of the seven codes Windows maps differently (〜 U+301C beside ～ U+FF5E,
    /// − U+2212 beside － U+FF0D, ‖ ¢ £ ¬ —). What a form that is printed, or read by a
    /// Shift_JIS-era system, can carry. The default.
    /// </summary>
    JisX0208 = 0,

    /// <summary>
    /// Windows-31J (code page 932) double-byte characters: JIS X 0208 with the NEC special
    /// characters (①, Ⅰ, ㈱, ㍉) and the IBM extension kanji (髙, 﨑, 德), not the user-defined area. The only preset
    /// that holds 髙.
    /// </summary>
    Cp932 = 1,

    /// <summary>
    /// JIS X 0213:2004: JIS X 0208 with the level 3 and 4 kanji (𠮟, 剝, 𩸽), the extra kana
    /// (ㇰ, か゚), the NEC special characters and more symbols: about 11,200 characters, some 300
    /// of them beyond the Basic Multilingual Plane. A character JIS X 0213 writes as a letter and a
    /// combining mark (か゚) is accepted as those two characters.
    /// </summary>
    JisX0213 = 2,

    /// <summary>
    /// Unicode's reading: every character whose East_Asian_Width is wide (W) or full-width (F),
    /// every CJK ideograph among them.
    /// Accepts Hangul, emoji and every CJK ideograph; refuses characters of ambiguous width
    /// such as ○, α and Д, which JIS X 0208 holds.
    /// </summary>
    EastAsianWide = 3,
}
