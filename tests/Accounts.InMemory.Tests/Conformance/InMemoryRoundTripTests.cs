using Accounts.Storage.Conformance;

namespace Accounts.InMemory.Tests.Conformance;

public sealed class InMemoryRoundTripTests(InMemoryStorageFactory factory) : RoundTripConformanceTests<InMemoryStorageFactory>(factory);
