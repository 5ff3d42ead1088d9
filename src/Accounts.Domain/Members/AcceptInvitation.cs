namespace Accounts.Members;

/// <summary>An invited person's acceptance: the token from the mail and the password they choose.</summary>
public sealed record AcceptInvitation
{
    /// <summary>The token from the invitation link.</summary>
    public string? Token { get; init; }

    /// <summary>The password the person chooses; checked against the password policy.</summary>
    public string? Password { get; init; }

    /// <summary>Never shows the token or the password.</summary>
    public override string ToString() => "AcceptInvitation { *** }";
}
