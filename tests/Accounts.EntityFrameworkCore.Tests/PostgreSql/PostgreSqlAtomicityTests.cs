using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

public sealed class PostgreSqlAtomicityTests(PostgreSqlStorageFactory factory) : AtomicityConformanceTests<PostgreSqlStorageFactory>(factory);
