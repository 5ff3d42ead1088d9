using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

public sealed class PostgreSqlUniquenessTests(PostgreSqlStorageFactory factory) : UniquenessConformanceTests<PostgreSqlStorageFactory>(factory);
