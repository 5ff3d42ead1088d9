namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

/// <summary>Tests that restart the server run alone, after every other test: a restart cuts every connection.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerRestarts
{
    public const string Name = "PostgreSQL server restart";
}
