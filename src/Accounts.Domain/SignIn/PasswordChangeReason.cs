namespace Accounts.SignIn;

/// <summary>Why a password must be changed at sign-in.</summary>
public enum PasswordChangeReason
{
    /// <summary>It is the initial password the account was issued with (R-PWD-4).</summary>
    InitialPassword = 1,

    /// <summary>It is older than the policy's maximum age (R-PWD-5).</summary>
    Expired = 2,
}
