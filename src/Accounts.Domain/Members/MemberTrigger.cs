namespace Accounts.Members;

/// <summary>What can happen to an account; the rows of <see cref="MemberLifecycle"/>.</summary>
public enum MemberTrigger
{
    /// <summary>An administrator invites an administrator, general or external user.</summary>
    Invite = 1,

    /// <summary>An administrator registers an applicant user (NEXI).</summary>
    RegisterApplicant = 2,

    /// <summary>The portal issues an account with an initial password (NEXI's administrator ID).</summary>
    Issue = 3,

    /// <summary>The invited person accepts with the token from the mail.</summary>
    Accept = 4,

    /// <summary>An administrator sends the invitation again with a new token and lifetime.</summary>
    ResendInvitation = 5,

    /// <summary>An administrator withdraws an invitation.</summary>
    RevokeInvitation = 6,

    /// <summary>An administrator changes the member type.</summary>
    ChangeType = 7,

    /// <summary>An administrator switches the account off.</summary>
    Disable = 8,

    /// <summary>An administrator switches the account on again.</summary>
    Enable = 9,

    /// <summary>An administrator deletes the account.</summary>
    Delete = 10,
}
