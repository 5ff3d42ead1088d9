using Accounts.Storage.Conformance;

namespace Accounts.InMemory.Tests.Conformance;

public sealed class InMemoryAtomicityTests(InMemoryStorageFactory factory) : AtomicityConformanceTests<InMemoryStorageFactory>(factory);
