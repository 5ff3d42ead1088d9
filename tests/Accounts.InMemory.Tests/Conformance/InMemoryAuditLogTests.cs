using Accounts.Storage.Conformance;

namespace Accounts.InMemory.Tests.Conformance;

public sealed class InMemoryAuditLogTests(InMemoryStorageFactory factory) : AuditLogConformanceTests<InMemoryStorageFactory>(factory);
