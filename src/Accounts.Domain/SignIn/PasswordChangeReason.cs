namespace Accounts.SignIn;

/// <summary>Why a password must be changed at sign-in.</summary>
public enum PasswordChangeReason
{
    /// <summary>It is the initial password the account was issued with.</summary>
    InitialPassword = 1,

    /// <summary>It is older than the policy's maximum age.</summary>
    Expired = 2,
}
