using Accounts.Auditing;
using Accounts.Notifications;

namespace Accounts.Storage.Conformance;

/// <summary>One fresh, empty storage for one test: every port an adapter implements.</summary>
public interface IConformanceStorage : IAsyncDisposable
{
    /// <summary>What the adapter declares about itself.</summary>
    StorageAdapter Adapter { get; }

    /// <summary>Reads.</summary>
    IAggregateStore Store { get; }

    /// <summary>Writes.</summary>
    IUnitOfWork UnitOfWork { get; }

    /// <summary>The dispatcher's side of the outbox.</summary>
    IOutbox Outbox { get; }

    /// <summary>The audit trail.</summary>
    IAuditLog AuditLog { get; }
}
