using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

/// <summary>Checks what each published package carries: its README, its XML docs and exactly the dependencies the design allows.</summary>
internal static class PackageContents
{
    private static readonly Dictionary<string, string[]> AllowedDependencies = new()
    {
        ["Accounts.Abstractions"] = ["Microsoft.Extensions.DependencyInjection.Abstractions", "NodaTime"],
        ["Accounts.Domain"] = ["Accounts.Abstractions", "Ardalis.GuardClauses", "Microsoft.Extensions.Configuration.Abstractions", "Microsoft.Extensions.Localization.Abstractions", "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options", "NodaTime", "OneOf"],
        ["Accounts.AspNetCore"] = ["Accounts.Domain"],
        ["Accounts.InMemory"] = ["Accounts.Abstractions"],
        ["Accounts.Testing"] = ["Accounts.Domain", "Accounts.InMemory", "Microsoft.Extensions.DependencyInjection", "NodaTime", "NodaTime.Testing"],
        ["Accounts.Storage.Conformance"] = ["Accounts.Abstractions", "NodaTime", "xunit.assert", "xunit.extensibility.execution"],
        ["Accounts.EntityFrameworkCore"] = ["Accounts.Abstractions", "Microsoft.EntityFrameworkCore.Relational"],
        ["Accounts.EntityFrameworkCore.Sqlite"] = ["Accounts.EntityFrameworkCore", "Microsoft.EntityFrameworkCore.Sqlite"],
        ["Accounts.EntityFrameworkCore.PostgreSql"] = ["Accounts.EntityFrameworkCore", "Npgsql.EntityFrameworkCore.PostgreSQL"],
    };

    public static IEnumerable<(bool Ok, string What)> Verify(string packageFolder, string version)
    {
        foreach (var (id, allowed) in AllowedDependencies)
        {
            var path = Path.Combine(packageFolder, $"{id}.{version}.nupkg");
            if (!File.Exists(path))
            {
                yield return (false, $"{id}: {Path.GetFileName(path)} exists");
                continue;
            }

            using var archive = ZipFile.OpenRead(path);
            var entries = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            yield return (entries.Contains("README.md"), $"{id}: carries README.md");
            yield return (entries.Contains($"lib/net10.0/{id}.dll") && entries.Contains($"lib/net10.0/{id}.xml"), $"{id}: carries its assembly and XML docs");

            using var nuspecStream = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
            var nuspec = XDocument.Load(nuspecStream);
            var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency")
                .Select(e => (string)e.Attribute("id")!)
                .Order(StringComparer.Ordinal)
                .ToArray();
            yield return (dependencies.SequenceEqual(allowed.Order(StringComparer.Ordinal)), $"{id}: depends on exactly [{string.Join(", ", allowed)}] (found [{string.Join(", ", dependencies)}])");

            string? Metadata(string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
            yield return (Metadata("version") == version, $"{id}: version {version}");
            yield return (!string.IsNullOrWhiteSpace(Metadata("description")) && !string.IsNullOrWhiteSpace(Metadata("authors")) && !string.IsNullOrWhiteSpace(Metadata("tags")), $"{id}: description, authors and tags");
            yield return (Metadata("license") == "MIT" && Metadata("readme") == "README.md", $"{id}: MIT license expression and package README");
            yield return (Metadata("icon") == "icon.png" && entries.Contains("icon.png"), $"{id}: carries its icon");
            yield return (File.Exists(Path.ChangeExtension(path, ".snupkg")), $"{id}: a symbol package (.snupkg) beside it");

            // The shipped XML docs speak to users: no internal requirement IDs, no links to files outside the package.
            using var docs = new StreamReader(archive.GetEntry($"lib/net10.0/{id}.xml")!.Open());
            var text = docs.ReadToEnd();
            var internalReference = Regex.Match(text, @"R-[A-Z]+-\d|[\w./-]+\.md\b");
            yield return (!internalReference.Success, $"{id}: XML docs free of requirement IDs and repository file links (found '{internalReference.Value}')");
        }
    }
}
