using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.Sqlite;

public sealed class SqliteRoundTripTests(SqliteStorageFactory factory) : RoundTripConformanceTests<SqliteStorageFactory>(factory);
