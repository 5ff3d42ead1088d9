using Accounts.Organizations;
using Accounts.Storage;

namespace Accounts.ServiceApplications;

/// <summary>Typed reads of service applications over the storage port.</summary>
public static class ServiceQueries
{
    /// <summary>Loads an application, or <see langword="null"/>.</summary>
    /// <param name="store">The store.</param>
    /// <param name="id">The application.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static ValueTask<ServiceApplicationSnapshot?> FindServiceApplicationAsync(this IAggregateStore store, ServiceApplicationId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.FindAsync<ServiceApplicationSnapshot>(id.Value, cancellationToken);
    }

    /// <summary>Lists an organization's applications, oldest first.</summary>
    /// <param name="store">The store.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">The most to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static ValueTask<Page<ServiceApplicationSnapshot>> ListServiceApplicationsAsync(this IAggregateStore store, OrganizationId organizationId, int offset = 0, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ListAsync(ServiceApplicationSnapshot.ByOrganization, organizationId.Value, offset, limit, cancellationToken);
    }

    /// <summary>Loads a receipt-number series, or <see langword="null"/> before its first number.</summary>
    /// <param name="store">The store.</param>
    /// <param name="series">The series.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static ValueTask<ReceiptSequenceSnapshot?> FindReceiptSequenceAsync(this IAggregateStore store, string series, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.FindAsync<ReceiptSequenceSnapshot>(ReceiptSequenceSnapshot.IdOf(series), cancellationToken);
    }
}
