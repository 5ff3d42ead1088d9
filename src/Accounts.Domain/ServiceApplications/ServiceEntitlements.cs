using Accounts.Calendars;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Permissions;
using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>
/// Which services an organization's members may use, compiled once from its applications and
/// the catalog so a host can ask on every request: <see cref="Check"/> allocates nothing. Keep
/// one per organization and build it again when an application is approved or confirmed.
/// </summary>
public sealed class ServiceEntitlements
{
    private readonly string[] _codes;
    private readonly ServiceAccess[] _access;
    private readonly Instant[] _from;
    private readonly PermissionMatrix _matrix;

    private ServiceEntitlements(OrganizationId organizationId, string[] codes, ServiceAccess[] access, Instant[] from, PermissionMatrix matrix) =>
        (OrganizationId, _codes, _access, _from, _matrix) = (organizationId, codes, access, from, matrix);

    /// <summary>The organization.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>
    /// May this account use this service now? An account alone gives no service: the account
    /// must be active, belong to the organization and have a type the permission matrix lets use
    /// services; the organization's application must be approved (or confirmed) and its start
    /// date come.
    /// </summary>
    /// <param name="member">The signed-in account.</param>
    /// <param name="serviceCode">The service's code.</param>
    /// <param name="now">The current instant.</param>
    public ServiceAccess Check(MemberSnapshot member, string serviceCode, Instant now)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member.Status != MemberStatus.Active)
        {
            return ServiceAccess.AccountInactive;
        }

        if (member.OrganizationId != OrganizationId)
        {
            return ServiceAccess.OutsideOrganization;
        }

        if (!_matrix.Allows(member.Type, PermissionAction.UseServices))
        {
            return ServiceAccess.Denied;
        }

        var codes = _codes;
        for (var i = 0; i < codes.Length; i++)
        {
            if (string.Equals(codes[i], serviceCode, StringComparison.Ordinal))
            {
                return _access[i] == ServiceAccess.Allowed && now < _from[i] ? ServiceAccess.NotStarted : _access[i];
            }
        }

        return ServiceAccess.UnknownService;
    }

    /// <summary>Compiles an organization's entitlements from its applications (as listed by organization).</summary>
    internal static ServiceEntitlements Build(OrganizationId organizationId, IEnumerable<ServiceApplicationSnapshot> applications, ServiceCatalog catalog, PermissionMatrix matrix)
    {
        var services = catalog.Services;
        var codes = new string[services.Count];
        var access = new ServiceAccess[services.Count];
        var from = new Instant[services.Count];
        var applied = applications as IReadOnlyCollection<ServiceApplicationSnapshot> ?? [.. applications];
        for (var i = 0; i < services.Count; i++)
        {
            var service = services[i];
            codes[i] = service.Code;
            access[i] = ServiceAccess.NotSubscribed;
            if (service.KeepsOwnLogin)
            {
                access[i] = ServiceAccess.OwnLogin;
                continue;
            }

            var starts = applied.Where(a => a.ServiceCode == service.Code && ServiceApplication.Subscribes(a)).Select(a => a.StartDate!.Value).ToList();
            if (starts.Count > 0)
            {
                access[i] = ServiceAccess.Allowed;
                from[i] = starts.Min().AtStartOfDayInZone(JapanTime.Zone).ToInstant();
            }
        }

        return new(organizationId, codes, access, from, matrix);
    }
}
