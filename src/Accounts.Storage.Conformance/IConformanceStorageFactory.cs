namespace Accounts.Storage.Conformance;

/// <summary>
/// Makes a fresh, empty storage for each conformance test. An adapter's test project implements
/// it once; xunit creates one instance per test class (a class fixture), so it may hold a
/// connection or a server for the whole class.
/// </summary>
public interface IConformanceStorageFactory
{
    /// <summary>
    /// Why the adapter's tests cannot run here, for example "no PostgreSQL server: set
    /// ACCOUNTS_POSTGRES". The tests then report themselves skipped with this reason, never
    /// passed. <see langword="null"/> when they run. An adapter that is required (in CI) answers
    /// <see langword="null"/> and lets <see cref="CreateAsync"/> fail loudly instead.
    /// </summary>
    static abstract string? SkipReason { get; }

    /// <summary>Creates a fresh, empty storage.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<IConformanceStorage> CreateAsync(CancellationToken cancellationToken);
}
