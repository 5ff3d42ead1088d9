using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace Accounts.Architecture.Tests;

/// <summary>
/// Time, randomness and identities are injected (DESIGN.md convention 2, REQUIREMENTS.md
/// R-TIME-2): the compiled packages must not call the ambient clock or random APIs.
/// </summary>
public sealed partial class AmbientTimeAndRandomnessTests
{
    private static readonly (string Type, string Member)[] ForbiddenMembers =
    [
        ("System.DateTime", "get_Now"),
        ("System.DateTime", "get_UtcNow"),
        ("System.DateTime", "get_Today"),
        ("System.DateTimeOffset", "get_Now"),
        ("System.DateTimeOffset", "get_UtcNow"),
        ("System.Guid", "NewGuid"),
        ("System.Guid", "CreateVersion7"),
        ("System.TimeProvider", "get_System"),
        ("System.Environment", "get_TickCount"),
        ("System.Environment", "get_TickCount64"),
    ];

    private static readonly string[] ForbiddenTypes = ["System.Random"];

    public static TheoryData<string> Packages => new(RepositoryLayout.PackageNames);

    [Theory]
    [Trait("Req", "R-TIME-2")]
    [MemberData(nameof(Packages))]
    public void CompiledPackage_DoesNotReadAmbientTimeOrRandomness(string packageName)
    {
        var violations = ReferencedMembers(packageName)
            .Where(reference => ForbiddenMembers.Contains(reference) || ForbiddenTypes.Contains(reference.Type))
            .Select(reference => $"{reference.Type}.{reference.Member}")
            .Distinct()
            .ToList();

        Assert.True(violations.Count == 0, $"{packageName} uses ambient time or randomness: {string.Join(", ", violations)}");
    }

    [Fact]
    [Trait("Req", "R-TIME-2")]
    public void SystemClock_IsNamedOnlyWhereTheHostsDefaultClockIsRegistered()
    {
        var offenders = Directory.EnumerateFiles(RepositoryLayout.SourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file))
            .Where(file => SystemClockUse().IsMatch(StripComments(File.ReadAllText(file))))
            .Select(file => Path.GetRelativePath(RepositoryLayout.Root, file).Replace('\\', '/'))
            .ToList();

        Assert.Equal(["src/Accounts.Domain/DependencyInjection/AccountsServiceCollectionExtensions.cs"], offenders);
    }

    [Fact]
    public void Scanner_FindsAForbiddenCall_InAnAssemblyThatMakesOne()
    {
        // Guards the guard: this test assembly reads DateTime.UtcNow below, so the scan must see it.
        _ = DateTime.UtcNow;

        var references = ReferencedMembers(typeof(AmbientTimeAndRandomnessTests).Assembly.Location);

        Assert.Contains(("System.DateTime", "get_UtcNow"), references);
    }

    private static List<(string Type, string Member)> ReferencedMembers(string packageNameOrPath)
    {
        var path = File.Exists(packageNameOrPath)
            ? packageNameOrPath
            : PackageDirectionTests.PackageAssembly(packageNameOrPath).Location;
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var found = new List<(string, string)>();

        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference)
            {
                found.Add((FullName(metadata, (TypeReferenceHandle)member.Parent), metadata.GetString(member.Name)));
            }
        }

        foreach (var handle in metadata.TypeReferences)
        {
            found.Add((FullName(metadata, handle), string.Empty));
        }

        return found;
    }

    private static string FullName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        return metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name);
    }

    private static bool IsBuildOutput(string file)
    {
        var normalized = file.Replace('\\', '/');
        return normalized.Contains("/obj/", StringComparison.Ordinal) || normalized.Contains("/bin/", StringComparison.Ordinal);
    }

    private static string StripComments(string source) => Comments().Replace(source, string.Empty);

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"\bSystemClock\b")]
    private static partial Regex SystemClockUse();
}
