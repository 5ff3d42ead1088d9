using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.Sqlite;

public sealed class SqliteAtomicityTests(SqliteStorageFactory factory) : AtomicityConformanceTests<SqliteStorageFactory>(factory);
