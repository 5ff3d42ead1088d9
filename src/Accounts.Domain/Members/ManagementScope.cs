namespace Accounts.Members;

/// <summary>Which organizations an administrator may manage.</summary>
public enum ManagementScope
{
    /// <summary>Only the administrator's own organization.</summary>
    OwnOrganization = 0,

    /// <summary>The administrator's own organization and, for a head office, the units registered under it.</summary>
    OwnOrganizationAndUnits = 1,
}
