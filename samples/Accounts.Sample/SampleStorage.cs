namespace Accounts.Sample;

/// <summary>Where the sample keeps its data: chosen on the command line, SQLite by default.</summary>
internal sealed record SampleStorage(SampleDatabase Database, string? ConnectionString, string DataFolder)
{
    public const string Usage = """
        usage: dotnet run --project samples/Accounts.Sample [-- <storage>]
          (nothing)                  SQLite, in samples/Accounts.Sample/data/accounts.db; a second run continues where the first stopped
          --in-memory                the in-memory adapter; nothing is kept
          --postgres "<connection>"  PostgreSQL, for example "Host=localhost;Database=accounts_sample;Username=postgres;Password=postgres"
          --reset                    deletes what earlier runs kept (the SQLite file or the PostgreSQL database, and the keys) first
        """;

    /// <summary>Reads the command line; <see langword="null"/> with a message when it makes no sense.</summary>
    public static SampleStorage? Parse(string[] args, string sampleFolder, out bool reset, out string? problem)
    {
        var dataFolder = Path.Combine(sampleFolder, "data");
        var storage = new SampleStorage(SampleDatabase.Sqlite, $"Data Source={Path.Combine(dataFolder, "accounts.db")}", dataFolder);
        reset = false;
        problem = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--in-memory":
                    storage = storage with { Database = SampleDatabase.InMemory, ConnectionString = null };
                    break;
                case "--postgres" when i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    storage = storage with { Database = SampleDatabase.PostgreSql, ConnectionString = args[++i] };
                    break;
                case "--postgres":
                    problem = "--postgres needs a connection string.";
                    return null;
                case "--reset":
                    reset = true;
                    break;
                default:
                    problem = $"unknown argument '{args[i]}'.";
                    return null;
            }
        }

        return storage;
    }

    /// <summary>What the sample says about where its data lives.</summary>
    public string Describe() => Database switch
    {
        SampleDatabase.InMemory => "the in-memory adapter (nothing is kept after the run)",
        SampleDatabase.Sqlite => $"SQLite, {ConnectionString!["Data Source=".Length..]} (run again to continue; --reset starts over)",
        _ => "PostgreSQL (run again to continue)",
    };
}
