using Accounts.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

// A host application's first lines against the published packages.
var services = new ServiceCollection();
services.AddAccounts().AddInMemoryStores();
await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

Check(provider.GetService<IClock>() is not null, "the packages register a clock");
Check(provider.GetService<AccountsOptions>() is not null, "the packages register their options");

// The packages themselves, as published.
var repositoryRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
var packageFolder = Path.Combine(repositoryRoot, "artifacts", "packages");
var version = typeof(AccountsOptions).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
    .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion.Split('+')[0];
foreach (var (ok, what) in PackageContents.Verify(packageFolder, version))
{
    Check(ok, what);
}

Console.WriteLine(failures.Count == 0 ? "Package consumer check passed." : $"Package consumer check failed: {failures.Count} problem(s).");
return failures.Count == 0 ? 0 : 1;
