using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.Sqlite;

public sealed class SqliteConcurrencyTests(SqliteStorageFactory factory) : ConcurrencyConformanceTests<SqliteStorageFactory>(factory);
