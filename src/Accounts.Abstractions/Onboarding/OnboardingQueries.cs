using Accounts.Storage;

namespace Accounts.Onboarding;

/// <summary>Typed reads of onboarding applications over the storage port.</summary>
public static class OnboardingQueries
{
    /// <summary>Loads an application, or <see langword="null"/>.</summary>
    /// <param name="store">The store.</param>
    /// <param name="id">The application.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static ValueTask<OnboardingApplicationSnapshot?> FindOnboardingApplicationAsync(this IAggregateStore store, OnboardingApplicationId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.FindAsync<OnboardingApplicationSnapshot>(id.Value, cancellationToken);
    }

    /// <summary>Lists applications whose timer runs, soonest first.</summary>
    /// <param name="store">The store.</param>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">The most to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static ValueTask<Page<OnboardingApplicationSnapshot>> ListOnboardingTimersAsync(this IAggregateStore store, int offset = 0, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ListAsync(OnboardingApplicationSnapshot.ByNextTimer, OnboardingApplicationSnapshot.TimerGroupId, offset, limit, cancellationToken);
    }
}
