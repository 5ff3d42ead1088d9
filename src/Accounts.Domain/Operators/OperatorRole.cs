namespace Accounts.Operators;

/// <summary>A named set of operator permissions, as a portal defines its back-office roles.</summary>
/// <param name="Name">The role's name, for example <c>reviewer</c>; recorded nowhere but shown in messages.</param>
/// <param name="Permissions">What the role may do.</param>
public sealed record OperatorRole(string Name, OperatorAction Permissions)
{
    /// <summary>Receives applications and sends resume links, but completes nothing.</summary>
    public static OperatorRole Reviewer { get; } = new("reviewer", OperatorAction.ReceiveApplications | OperatorAction.ReopenApplications);

    /// <summary>Everything a reviewer does, and completes applications and registers organizations.</summary>
    public static OperatorRole Registrar { get; } = new(
        "registrar",
        OperatorAction.ReceiveApplications | OperatorAction.ReopenApplications | OperatorAction.CompleteApplications | OperatorAction.RegisterOrganizations);

    /// <summary>Reviews service applications and nothing else (the service desk).</summary>
    public static OperatorRole ServiceDesk { get; } = new("service-desk", OperatorAction.ReviewServiceApplications);

    /// <summary>Runs a migration campaign: imports the legacy accounts, prepares the readiness report, runs the cutover.</summary>
    public static OperatorRole CampaignManager { get; } = new("campaign-manager", OperatorAction.ManageCampaigns);

    /// <summary>Whether the role grants a permission.</summary>
    /// <param name="permission">One permission.</param>
    public bool Allows(OperatorAction permission) => permission != OperatorAction.None && (Permissions & permission) == permission;
}
