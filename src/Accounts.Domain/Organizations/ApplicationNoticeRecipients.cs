namespace Accounts.Organizations;

/// <summary>Who receives an application's notices: the application's contact (申込担当者) and the organization's manager (管理責任者).</summary>
internal static class ApplicationNoticeRecipients
{
    /// <summary>The addresses to notify, each once, the contact first.</summary>
    /// <param name="applicationContact">The person who filed the application.</param>
    /// <param name="manager">The organization's manager, if it has one.</param>
    public static IReadOnlyList<string> For(Contact applicationContact, Contact? manager)
    {
        ArgumentNullException.ThrowIfNull(applicationContact);
        var recipients = new List<string>(2) { applicationContact.Email };
        if (manager is not null && !string.Equals(manager.Email, applicationContact.Email, StringComparison.OrdinalIgnoreCase))
        {
            recipients.Add(manager.Email);
        }

        return recipients;
    }
}
