namespace Accounts.Domain.Tests;

/// <summary>
/// Keeps generated sections of the documentation current: a section between
/// <c>&lt;!-- BEGIN name --&gt;</c> and <c>&lt;!-- END name --&gt;</c> must equal what the code renders.
/// Run the tests with <c>ACCOUNTS_UPDATE_DOCS=1</c> to rewrite the sections instead.
/// </summary>
internal static class GoldenDocs
{
    public static void AssertSection(string relativePath, string name, string rendered)
    {
        var path = Path.Combine(RepositoryRoot(), relativePath);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = $"<!-- BEGIN {name} -->\n";
        var end = $"<!-- END {name} -->";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"{relativePath} has no section '{name}'.");

        var current = text[(start + begin.Length)..stop];
        var expected = rendered.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
        if (current == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("ACCOUNTS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..(start + begin.Length)] + expected + text[stop..]);
            return;
        }

        Assert.Fail($"{relativePath} section '{name}' is out of date. Run the tests with ACCOUNTS_UPDATE_DOCS=1 to regenerate it.\nExpected:\n{expected}");
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Accounts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Accounts.sln was not found.");
    }
}
