using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

public sealed class PostgreSqlConcurrencyTests(PostgreSqlStorageFactory factory) : ConcurrencyConformanceTests<PostgreSqlStorageFactory>(factory);
