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
}
