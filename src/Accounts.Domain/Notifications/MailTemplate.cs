namespace Accounts.Notifications;

/// <summary>The subject and body of one kind of mail in Japanese and English; placeholders name values in braces.</summary>
/// <param name="Key">The template key, for example <c>member.invitation</c>.</param>
/// <param name="JapaneseSubject">The Japanese subject.</param>
/// <param name="JapaneseBody">The Japanese body.</param>
/// <param name="EnglishSubject">The English subject.</param>
/// <param name="EnglishBody">The English body.</param>
public sealed record MailTemplate(string Key, string JapaneseSubject, string JapaneseBody, string EnglishSubject, string EnglishBody)
{
    /// <summary>The footer of the library's English mail: the portal's name and sign-in page.</summary>
    public const string EnglishFooter = "\n\n--\n{portalName}\n{signInUrl}\n";

    /// <summary>The footer of the library's Japanese mail: what to do with an unexpected mail, the portal's name and sign-in page.</summary>
    public const string JapaneseFooter = "\n\nお心当たりのない場合は、このメールを破棄してください。\n--\n{portalName}\n{signInUrl}\n";
}
