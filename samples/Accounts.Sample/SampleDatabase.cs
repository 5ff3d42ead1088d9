namespace Accounts.Sample;

/// <summary>The adapters the sample runs on.</summary>
internal enum SampleDatabase
{
    InMemory,
    Sqlite,
    PostgreSql,
}
