using System.Collections.Immutable;
using Accounts.DependencyInjection;
using Accounts.Storage;

namespace Accounts.Registration;

/// <summary>
/// One read of everything the cutover judges by: every pre-registration in cutover order, the
/// addresses more than one company entered, and the companies that pre-registered nothing.
/// </summary>
internal sealed class CutoverScan
{
    private const int PageSize = 1_000;

    private CutoverScan(List<PreRegistrationSnapshot> preRegistrations, HashSet<string> claimedTwice, ImmutableArray<string> withoutPreRegistration) =>
        (PreRegistrations, ClaimedTwice, WithoutPreRegistration) = (preRegistrations, claimedTwice, withoutPreRegistration);

    public List<PreRegistrationSnapshot> PreRegistrations { get; }

    public HashSet<string> ClaimedTwice { get; }

    public ImmutableArray<string> WithoutPreRegistration { get; }

    public static async ValueTask<CutoverScan> ReadAsync(IAggregateStore store, AccountsPolicies policies, CancellationToken cancellationToken)
    {
        var preRegistrations = new List<PreRegistrationSnapshot>();
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await store.ListPreRegistrationsAsync(offset, PageSize, cancellationToken).ConfigureAwait(false);
            preRegistrations.AddRange(page.Items);
            if (page.Items.Count < PageSize)
            {
                break;
            }
        }

        var claims = new Dictionary<string, int>(preRegistrations.Count * 4, StringComparer.Ordinal);
        var registered = new HashSet<LegacyAccountId>(preRegistrations.Count);
        foreach (var preRegistration in preRegistrations)
        {
            PreRegistrationValidator.CountClaims(preRegistration, policies, claims);
            registered.Add(preRegistration.LegacyAccountId);
        }

        var claimedTwice = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (address, companies) in claims)
        {
            if (companies > 1)
            {
                claimedTwice.Add(address);
            }
        }

        var without = ImmutableArray.CreateBuilder<string>();
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await store.ListLegacyAccountsAsync(offset, PageSize, cancellationToken).ConfigureAwait(false);
            foreach (var account in page.Items)
            {
                if (account.GrantedBy is null && !registered.Contains(account.Id))
                {
                    without.Add(account.LoginId);
                }
            }

            if (page.Items.Count < PageSize)
            {
                break;
            }
        }

        return new CutoverScan(preRegistrations, claimedTwice, without.ToImmutable());
    }
}
