namespace Accounts.SignIn;

/// <summary>What a person types to sign in.</summary>
public enum SignInIdentifierKind
{
    /// <summary>The e-mail address, unique across the portal (ClassNK).</summary>
    EmailAddress,

    /// <summary>A user ID the portal issues (NEXI's Web user ID); the e-mail address is a contact address that accounts may share.</summary>
    IssuedUserId,
}
