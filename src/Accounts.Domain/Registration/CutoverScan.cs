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
    private CutoverScan(List<PreRegistrationSnapshot> preRegistrations, HashSet<string> claimedTwice, ImmutableArray<string> withoutPreRegistration) =>
        (PreRegistrations, ClaimedTwice, WithoutPreRegistration) = (preRegistrations, claimedTwice, withoutPreRegistration);

    public List<PreRegistrationSnapshot> PreRegistrations { get; }

    public HashSet<string> ClaimedTwice { get; }

    public ImmutableArray<string> WithoutPreRegistration { get; }

    public static async ValueTask<CutoverScan> ReadAsync(IAggregateStore store, AccountsPolicies policies, CancellationToken cancellationToken)
    {
        var preRegistrations = new List<PreRegistrationSnapshot>();
        await foreach (var preRegistration in store.ReadPreRegistrationsAsync(cancellationToken).ConfigureAwait(false))
        {
            preRegistrations.Add(preRegistration);
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
        await foreach (var account in store.ReadLegacyAccountsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (account.GrantedBy is null && !registered.Contains(account.Id))
            {
                without.Add(account.LoginId);
            }
        }

        return new CutoverScan(preRegistrations, claimedTwice, without.ToImmutable());
    }
}
