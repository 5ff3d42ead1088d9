using Accounts.Storage.Conformance;

namespace Accounts.InMemory.Tests.Conformance;

public sealed class InMemoryBulkWriteTests(InMemoryStorageFactory factory) : BulkWriteConformanceTests<InMemoryStorageFactory>(factory);
