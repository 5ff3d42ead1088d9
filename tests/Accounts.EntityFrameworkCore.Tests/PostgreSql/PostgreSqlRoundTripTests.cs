using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

public sealed class PostgreSqlRoundTripTests(PostgreSqlStorageFactory factory) : RoundTripConformanceTests<PostgreSqlStorageFactory>(factory);
