using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.Sqlite;

public sealed class SqliteAuditLogTests(SqliteStorageFactory factory) : AuditLogConformanceTests<SqliteStorageFactory>(factory);
