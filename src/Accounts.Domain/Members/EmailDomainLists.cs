namespace Accounts.Members;

/// <summary>The built-in word lists of <see cref="EmailPolicy.Default"/>: data, kept apart from the rules that read them.</summary>
internal static class EmailDomainLists
{
    /// <summary>Free-mail services common in Japan and abroad.</summary>
    public static string[] FreeMail =>
    [
        "gmail.com", "googlemail.com", "yahoo.co.jp", "ymail.ne.jp", "yahoo.com", "outlook.com", "outlook.jp",
        "hotmail.com", "hotmail.co.jp", "live.jp", "live.com", "msn.com", "icloud.com", "me.com", "mac.com",
        "aol.com", "gmx.com", "mail.com", "zoho.com", "proton.me", "protonmail.com", "yandex.com",
        "excite.co.jp", "goo.jp", "infoseek.jp",
    ];

    /// <summary>Japanese mobile carriers' mail domains.</summary>
    public static string[] MobileCarriers =>
    [
        "docomo.ne.jp", "ezweb.ne.jp", "au.com", "biz.au.com", "softbank.ne.jp", "i.softbank.jp", "disney.ne.jp",
        "vodafone.ne.jp", "ymobile.ne.jp", "y-mobile.ne.jp", "emobile.ne.jp", "willcom.com", "pdx.ne.jp",
        "uqmobile.jp", "rakumail.jp", "mineo.jp",
    ];

    /// <summary>Local parts that usually name a shared or group mailbox.</summary>
    public static string[] SharedLocalParts =>
    [
        "info", "admin", "administrator", "support", "sales", "contact", "office", "inquiry", "inquiries", "team",
        "group", "staff", "all", "general", "webmaster", "postmaster", "somu", "soumu", "eigyo", "jimu",
    ];
}
