using Xunit;

namespace Accounts.Storage.Conformance;

/// <summary>
/// The base of every conformance test class: a fresh storage from the adapter's factory for
/// each test, disposed after it.
/// </summary>
/// <typeparam name="TFactory">The adapter's factory.</typeparam>
public abstract class StorageConformanceTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : class, IConformanceStorageFactory
{
    private IConformanceStorage? _storage;

    /// <summary>Creates the test class over the adapter's factory.</summary>
    /// <param name="factory">The factory xunit shares across the class.</param>
    protected StorageConformanceTests(TFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Factory = factory;
    }

    /// <summary>The adapter's factory.</summary>
    protected TFactory Factory { get; }

    /// <summary>The fresh storage of the running test.</summary>
    protected IConformanceStorage Storage => _storage ?? throw new InvalidOperationException("The storage is created before each test.");

    /// <summary>Reads.</summary>
    protected IAggregateStore Store => Storage.Store;

    /// <summary>Writes.</summary>
    protected IUnitOfWork UnitOfWork => Storage.UnitOfWork;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (TFactory.SkipReason is null)
        {
            _storage = await Factory.CreateAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_storage is not null)
        {
            await _storage.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Commits a change set of writes and expects it committed.</summary>
    /// <param name="writes">The writes.</param>
    protected async Task CommitAsync(params AggregateWrite[] writes)
    {
        var result = await UnitOfWork.CommitAsync(new ChangeSet { Writes = [.. writes] }, CancellationToken.None).ConfigureAwait(false);
        Assert.Equal(CommitStatus.Committed, result.Status);
    }

    /// <summary>Commits a change set and returns the answer.</summary>
    /// <param name="changes">The change set.</param>
    protected async Task<CommitResult> TryCommitAsync(ChangeSet changes) =>
        await UnitOfWork.CommitAsync(changes, CancellationToken.None).ConfigureAwait(false);
}
