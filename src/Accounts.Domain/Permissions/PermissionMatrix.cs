using System.Text;
using Accounts.Members;
using Accounts.Messages;

namespace Accounts.Permissions;

/// <summary>
/// Which member type may perform which action: data that can be listed,
/// printed as a table and replaced by a host for its portal. Immutable.
/// </summary>
/// <remarks>
/// The matrix is one 64-bit word: 16 bits per member type, one bit per action, so a check
/// is a shift and a mask and allocates nothing.
/// </remarks>
public sealed class PermissionMatrix : IEquatable<PermissionMatrix>
{
    private const int BitsPerType = 16;
    private readonly ulong _bits;

    private PermissionMatrix(ulong bits) => _bits = bits;

    /// <summary>Nobody may do anything.</summary>
    public static PermissionMatrix Empty { get; } = new(0);

    /// <summary>
    /// ClassNK CCH Portal: administrators use services, apply for services, invite, edit and
    /// delete users, manage the organization and pre-register it; general users and external
    /// invited users only use services. No applicant users.
    /// </summary>
    public static PermissionMatrix ClassNk { get; } = Empty
        .Grant(MemberType.Administrator, PermissionAction.UseServices, PermissionAction.ApplyForServices, PermissionAction.InviteMembers,
            PermissionAction.EditMembers, PermissionAction.DeleteMembers, PermissionAction.ViewMembers, PermissionAction.EditOrganizationProfile,
            PermissionAction.RegisterUnits, PermissionAction.PreRegisterOrganization, PermissionAction.ManageSecuritySettings)
        .Grant(MemberType.General, PermissionAction.UseServices)
        .Grant(MemberType.ExternalInvited, PermissionAction.UseServices);

    /// <summary>
    /// NEXI Web services: the one administrator per organization code uses services, submits
    /// applications, registers, edits and deletes applicant users and manages the
    /// organization; applicant users use services and submit applications. Units are
    /// registered through onboarding applications, not by the administrator.
    /// </summary>
    public static PermissionMatrix Nexi { get; } = Empty
        .Grant(MemberType.Administrator, PermissionAction.UseServices, PermissionAction.ApplyForServices, PermissionAction.SubmitApplications,
            PermissionAction.RegisterApplicants, PermissionAction.EditMembers, PermissionAction.DeleteMembers, PermissionAction.ViewMembers,
            PermissionAction.EditOrganizationProfile, PermissionAction.ManageSecuritySettings)
        .Grant(MemberType.Applicant, PermissionAction.UseServices, PermissionAction.SubmitApplications);

    /// <summary>Every member type, in table order.</summary>
    public static IReadOnlyList<MemberType> MemberTypes { get; } = Enum.GetValues<MemberType>();

    /// <summary>Every action, in table order.</summary>
    public static IReadOnlyList<PermissionAction> Actions { get; } = Enum.GetValues<PermissionAction>();

    /// <summary>Whether the type may perform the action. Allocation-free; unknown values are never allowed.</summary>
    /// <param name="type">The actor's member type.</param>
    /// <param name="action">The action.</param>
    public bool Allows(MemberType type, PermissionAction action) =>
        (uint)type < 4 && (uint)action < BitsPerType && ((_bits >> (((int)type * BitsPerType) + (int)action)) & 1) != 0;

    /// <summary>Returns a matrix where the type may also perform the actions.</summary>
    /// <param name="type">The member type.</param>
    /// <param name="actions">The actions to allow.</param>
    public PermissionMatrix Grant(MemberType type, params ReadOnlySpan<PermissionAction> actions)
    {
        var bits = _bits;
        foreach (var action in actions)
        {
            bits |= Bit(type, action);
        }

        return new PermissionMatrix(bits);
    }

    /// <summary>Returns a matrix where the type may no longer perform the actions.</summary>
    /// <param name="type">The member type.</param>
    /// <param name="actions">The actions to refuse.</param>
    public PermissionMatrix Revoke(MemberType type, params ReadOnlySpan<PermissionAction> actions)
    {
        var bits = _bits;
        foreach (var action in actions)
        {
            bits &= ~Bit(type, action);
        }

        return new PermissionMatrix(bits);
    }

    /// <summary>The actions a type may perform, in table order.</summary>
    /// <param name="type">The member type.</param>
    public IReadOnlyList<PermissionAction> AllowedActions(MemberType type) => Actions.Where(action => Allows(type, action)).ToList();

    /// <summary>Renders the matrix as a Markdown table: one row per member type, one column per action.</summary>
    /// <param name="language"><c>en</c> (default) or <c>ja</c>.</param>
    public string ToMarkdown(string language = Language.English)
    {
        var builder = new StringBuilder();
        builder.Append(language == Language.Japanese ? "| アカウント種別 |" : "| Member type |");
        foreach (var action in Actions)
        {
            builder.Append(' ').Append(PermissionLabels.Of(action, language)).Append(" |");
        }

        builder.Append('\n').Append("|---|");
        foreach (var _ in Actions)
        {
            builder.Append(":---:|");
        }

        builder.Append('\n');
        foreach (var type in MemberTypes)
        {
            builder.Append("| ").Append(PermissionLabels.Of(type, language)).Append(" |");
            foreach (var action in Actions)
            {
                builder.Append(Allows(type, action) ? " ✓ |" : " — |");
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(PermissionMatrix? other) => other is not null && other._bits == _bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PermissionMatrix);

    /// <inheritdoc />
    public override int GetHashCode() => _bits.GetHashCode();

    /// <summary>Lists the allowed actions per type.</summary>
    public override string ToString() =>
        string.Join("; ", MemberTypes.Select(type => $"{type}: {string.Join(", ", AllowedActions(type))}"));

    private static ulong Bit(MemberType type, PermissionAction action)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)type, 3u, nameof(type));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)action, (uint)BitsPerType, nameof(action));
        return 1UL << (((int)type * BitsPerType) + (int)action);
    }
}
