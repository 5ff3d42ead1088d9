namespace Accounts.Notifications;

/// <summary>The keys of the mail the library writes to the outbox.</summary>
public static class MailTemplateKeys
{
    /// <summary>An invitation to an administrator or a general user.</summary>
    public const string Invitation = "member.invitation";

    /// <summary>An invitation to a person of another company (外部招待ユーザ).</summary>
    public const string ExternalInvitation = "member.invitation_external";

    /// <summary>The registration of an applicant user (申込者用ID) by the administrator.</summary>
    public const string ApplicantRegistration = "member.applicant_registration";

    /// <summary>Confirms a password change.</summary>
    public const string PasswordChanged = "password.changed";

    /// <summary>Confirms that one-time passwords were set up.</summary>
    public const string OneTimePasswordEnabled = "otp.enabled";
}
