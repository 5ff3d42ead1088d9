namespace Accounts.Organizations;

/// <summary>How a newly registered organization's first administrator gets their credential.</summary>
public enum AdministratorProvisioning
{
    /// <summary>An invitation mail with a link where they choose their password (ClassNK).</summary>
    Invitation = 0,

    /// <summary>An administrator ID with an initial password, returned once to the host for delivery (for example by post) and to be changed at first sign-in (NEXI).</summary>
    InitialPassword = 1,
}
