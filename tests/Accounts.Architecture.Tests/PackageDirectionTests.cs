using System.Reflection;
using System.Xml.Linq;
using Accounts.DependencyInjection;
using Accounts.Secrets;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.Architecture.Tests;

/// <summary>
/// Abstractions is the bottom; Domain and the adapters (InMemory, EntityFrameworkCore and its
/// database packages) each depend on it and never on each other (DESIGN.md, "The packages and
/// their direction").
/// </summary>
public sealed class PackageDirectionTests
{
    public static TheoryData<string, string> ForbiddenEdges => new()
    {
        { "Accounts.Abstractions", "Accounts.Domain" },
        { "Accounts.Abstractions", "Accounts.InMemory" },
        { "Accounts.Domain", "Accounts.InMemory" },
        { "Accounts.InMemory", "Accounts.Domain" },
        { "Accounts.Abstractions", "Accounts.Testing" },
        { "Accounts.Domain", "Accounts.Testing" },
        { "Accounts.InMemory", "Accounts.Testing" },
        { "Accounts.Abstractions", "Accounts.Storage.Conformance" },
        { "Accounts.Domain", "Accounts.Storage.Conformance" },
        { "Accounts.InMemory", "Accounts.Storage.Conformance" },

        // An adapter author's kit knows the contract, never the model.
        { "Accounts.Storage.Conformance", "Accounts.Domain" },
        { "Accounts.Storage.Conformance", "Accounts.InMemory" },

        // The database adapter is an adapter like any other: it stands on the ports alone.
        { "Accounts.EntityFrameworkCore", "Accounts.Domain" },
        { "Accounts.EntityFrameworkCore", "Accounts.InMemory" },
        { "Accounts.EntityFrameworkCore", "Accounts.Storage.Conformance" },
        { "Accounts.EntityFrameworkCore.Sqlite", "Accounts.Domain" },
        { "Accounts.EntityFrameworkCore.PostgreSql", "Accounts.Domain" },
        { "Accounts.EntityFrameworkCore.Sqlite", "Accounts.EntityFrameworkCore.PostgreSql" },
        { "Accounts.EntityFrameworkCore.PostgreSql", "Accounts.EntityFrameworkCore.Sqlite" },
        { "Accounts.Abstractions", "Accounts.EntityFrameworkCore" },
        { "Accounts.Domain", "Accounts.EntityFrameworkCore" },
        { "Accounts.AspNetCore", "Accounts.InMemory" },
        { "Accounts.AspNetCore", "Accounts.EntityFrameworkCore" },
        { "Accounts.Domain", "Accounts.AspNetCore" },
        { "Accounts.Abstractions", "Accounts.AspNetCore" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenEdges))]
    public void ProjectFile_DoesNotReferenceForbiddenPackage(string from, string to)
    {
        var references = ProjectReferences(from);

        Assert.DoesNotContain(to, references);
    }

    [Theory]
    [MemberData(nameof(ForbiddenEdges))]
    public void CompiledAssembly_DoesNotReferenceForbiddenPackage(string from, string to)
    {
        var references = PackageAssembly(from).GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain(to, references);
    }

    [Fact]
    public void DomainAndInMemory_BothStandOnAbstractions()
    {
        Assert.Contains("Accounts.Abstractions", ProjectReferences("Accounts.Domain"));
        Assert.Contains("Accounts.Abstractions", ProjectReferences("Accounts.InMemory"));
        Assert.Empty(ProjectReferences("Accounts.Abstractions"));
    }

    [Fact]
    public void DatabasePackages_StandOnTheAdapterAndTheAbstractions()
    {
        Assert.Equal(["Accounts.Abstractions"], ProjectReferences("Accounts.EntityFrameworkCore"));
        Assert.Equal(["Accounts.EntityFrameworkCore"], ProjectReferences("Accounts.EntityFrameworkCore.Sqlite"));
        Assert.Equal(["Accounts.EntityFrameworkCore"], ProjectReferences("Accounts.EntityFrameworkCore.PostgreSql"));
    }

    [Fact]
    public void EveryPackageInTheSourceFolder_IsCheckedHere()
    {
        var packable = Directory.GetDirectories(RepositoryLayout.SourceFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(packable, RepositoryLayout.PackageNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Packages_ExceptTheAspNetCoreIntegration_DoNotDependOnAspNetCore()
    {
        foreach (var name in RepositoryLayout.CorePackageNames)
        {
            var project = XDocument.Load(RepositoryLayout.ProjectFile(name));
            Assert.DoesNotContain(project.Descendants("FrameworkReference"), e => ((string?)e.Attribute("Include"))?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true);
            Assert.DoesNotContain(PackageAssembly(name).GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        }
    }

    private static List<string> ProjectReferences(string packageName) =>
        XDocument.Load(RepositoryLayout.ProjectFile(packageName))
            .Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(((string?)e.Attribute("Include") ?? string.Empty).Replace('\\', '/')))
            .ToList();

    internal static Assembly PackageAssembly(string packageName) => packageName switch
    {
        "Accounts.Abstractions" => typeof(AccountsBuilder).Assembly,
        "Accounts.Domain" => typeof(CryptographicSecretGenerator).Assembly,
        "Accounts.InMemory" => typeof(InMemoryAccountsBuilderExtensions).Assembly,
        "Accounts.Testing" => typeof(Accounts.Testing.TestPortal).Assembly,
        "Accounts.Storage.Conformance" => typeof(Accounts.Storage.Conformance.Samples).Assembly,
        "Accounts.EntityFrameworkCore" => typeof(Accounts.EntityFrameworkCore.AccountsDbContext).Assembly,
        "Accounts.EntityFrameworkCore.Sqlite" => typeof(Accounts.EntityFrameworkCore.Sqlite.SqliteAccountsDialect).Assembly,
        "Accounts.EntityFrameworkCore.PostgreSql" => typeof(Accounts.EntityFrameworkCore.PostgreSql.PostgreSqlAccountsDialect).Assembly,
        "Accounts.AspNetCore" => typeof(Accounts.Http.AccountsProblemDetails).Assembly,
        _ => throw new ArgumentOutOfRangeException(nameof(packageName), packageName, "Not one of the packages."),
    };
}
