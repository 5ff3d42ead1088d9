using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.Sqlite;

public sealed class SqliteBulkWriteTests(SqliteStorageFactory factory) : BulkWriteConformanceTests<SqliteStorageFactory>(factory);
