namespace Accounts.Notifications;

/// <summary>The names of the values the library's mail templates use.</summary>
public static class MailParameterNames
{
    /// <summary>The organization's name.</summary>
    public const string OrganizationName = "organizationName";

    /// <summary>The invited person's name.</summary>
    public const string InviteeName = "inviteeName";

    /// <summary>The inviting administrator's name.</summary>
    public const string InviterName = "inviterName";

    /// <summary>When an invitation expires, in Japan time.</summary>
    public const string ExpiresAt = "expiresAt";

    /// <summary>What the invited person signs in with: the user ID the portal issued, or the e-mail address.</summary>
    public const string SignInId = "signInId";

    /// <summary>The invitation token, a secret; rendered only inside the invitation link.</summary>
    public const string InvitationToken = "invitationToken";

    /// <summary>The account holder's name.</summary>
    public const string MemberName = "memberName";

    /// <summary>When a password was changed, in Japan time.</summary>
    public const string ChangedAt = "changedAt";

    /// <summary>When one-time passwords were set up, in Japan time.</summary>
    public const string EnabledAt = "enabledAt";

    /// <summary>The onboarding registration link's token; secret.</summary>
    public const string RegistrationToken = "registrationToken";

    /// <summary>The onboarding registration password; secret, shown as itself.</summary>
    public const string RegistrationPassword = "registrationPassword";

    /// <summary>The onboarding resume link's token; secret.</summary>
    public const string ResumeToken = "resumeToken";

    /// <summary>A date, such as the expected delivery of sign-in details.</summary>
    public const string ExpectedDeliveryDate = "expectedDeliveryDate";

    /// <summary>The portal-issued organization code.</summary>
    public const string OrganizationCode = "organizationCode";

    /// <summary>The name of a service.</summary>
    public const string ServiceName = "serviceName";

    /// <summary>An application's receipt number (申込受付番号).</summary>
    public const string ReceiptNumber = "receiptNumber";

    /// <summary>The day an application was received (申込受付年月日).</summary>
    public const string ReceivedOn = "receivedOn";

    /// <summary>The business day a decision is due.</summary>
    public const string DueDate = "dueDate";

    /// <summary>The start date the applicant wanted.</summary>
    public const string DesiredStartDate = "desiredStartDate";

    /// <summary>The start date confirmed or approved.</summary>
    public const string StartDate = "startDate";

    /// <summary>A reason or request given by an operator.</summary>
    public const string Note = "note";
}
