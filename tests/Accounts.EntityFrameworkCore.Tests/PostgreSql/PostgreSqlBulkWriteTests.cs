using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

public sealed class PostgreSqlBulkWriteTests(PostgreSqlStorageFactory factory) : BulkWriteConformanceTests<PostgreSqlStorageFactory>(factory);
