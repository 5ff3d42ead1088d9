using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

public sealed class PostgreSqlAuditLogTests(PostgreSqlStorageFactory factory) : AuditLogConformanceTests<PostgreSqlStorageFactory>(factory);
