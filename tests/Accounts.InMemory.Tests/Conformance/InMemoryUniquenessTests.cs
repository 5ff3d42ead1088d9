using Accounts.Storage.Conformance;

namespace Accounts.InMemory.Tests.Conformance;

public sealed class InMemoryUniquenessTests(InMemoryStorageFactory factory) : UniquenessConformanceTests<InMemoryStorageFactory>(factory);
