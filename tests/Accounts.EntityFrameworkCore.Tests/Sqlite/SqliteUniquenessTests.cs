using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.Sqlite;

public sealed class SqliteUniquenessTests(SqliteStorageFactory factory) : UniquenessConformanceTests<SqliteStorageFactory>(factory);
