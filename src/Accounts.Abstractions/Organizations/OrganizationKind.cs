namespace Accounts.Organizations;

/// <summary>Where an organization stands in its hierarchy.</summary>
public enum OrganizationKind
{
    /// <summary>The head office (本店・本社): the root, registered first.</summary>
    HeadOffice = 1,

    /// <summary>A branch (支店・支社) under a registered head office.</summary>
    Branch = 2,

    /// <summary>A department (部門) under a registered head office.</summary>
    Department = 3,

    /// <summary>An office or site (事業所) under a registered head office.</summary>
    Office = 4,
}
