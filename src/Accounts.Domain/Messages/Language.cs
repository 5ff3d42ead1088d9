namespace Accounts.Messages;

/// <summary>The languages messages and mail are written in.</summary>
public static class Language
{
    /// <summary>Japanese, the default.</summary>
    public const string Japanese = "ja";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Whether the library has texts in the language.</summary>
    /// <param name="language">A language code.</param>
    public static bool IsSupported(string? language) => language is Japanese or English;

    /// <summary>
    /// The language the library writes for a culture or language name, falling back from a
    /// specific culture to its language: <c>en-US</c> and <c>en</c> give <c>en</c>, <c>ja-JP</c>
    /// gives <c>ja</c>. Case does not matter; <c>_</c> separates like <c>-</c>.
    /// </summary>
    /// <param name="cultureName">A culture name such as <c>en-GB</c>, or a language code.</param>
    /// <returns><c>ja</c>, <c>en</c>, or <see langword="null"/> when the library has no text in that language.</returns>
    public static string? Resolve(string? cultureName)
    {
        if (string.IsNullOrEmpty(cultureName))
        {
            return null;
        }

        var separator = cultureName.AsSpan().IndexOfAny('-', '_');
        var language = separator < 0 ? cultureName.AsSpan() : cultureName.AsSpan(0, separator);
        return language.Equals(Japanese, StringComparison.OrdinalIgnoreCase) ? Japanese
            : language.Equals(English, StringComparison.OrdinalIgnoreCase) ? English
            : null;
    }
}
