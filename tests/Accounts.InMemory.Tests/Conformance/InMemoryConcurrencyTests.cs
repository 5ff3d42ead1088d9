using Accounts.Storage.Conformance;

namespace Accounts.InMemory.Tests.Conformance;

public sealed class InMemoryConcurrencyTests(InMemoryStorageFactory factory) : ConcurrencyConformanceTests<InMemoryStorageFactory>(factory);
