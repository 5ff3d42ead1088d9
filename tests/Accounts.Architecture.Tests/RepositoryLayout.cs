namespace Accounts.Architecture.Tests;

/// <summary>Finds the repository and the package projects from the test's output folder.</summary>
internal static class RepositoryLayout
{
    public static readonly string[] PackageNames = ["Accounts.Abstractions", "Accounts.Domain", "Accounts.InMemory", "Accounts.Testing", "Accounts.Storage.Conformance", "Accounts.EntityFrameworkCore", "Accounts.EntityFrameworkCore.Sqlite", "Accounts.EntityFrameworkCore.PostgreSql", "Accounts.AspNetCore"];

    /// <summary>The packages a host without ASP.NET Core uses: all but the ASP.NET Core integration.</summary>
    public static readonly string[] CorePackageNames = [.. PackageNames.Where(name => name != "Accounts.AspNetCore")];

    public static string Root { get; } = FindRoot();

    public static string SourceFolder => Path.Combine(Root, "src");

    public static string ProjectFile(string packageName) => Path.Combine(SourceFolder, packageName, packageName + ".csproj");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Accounts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Accounts.sln was not found above " + AppContext.BaseDirectory);
    }
}
