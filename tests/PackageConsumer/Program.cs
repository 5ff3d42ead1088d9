using System.Reflection;
using System.Text.RegularExpressions;
using Accounts.Auditing;
using Accounts.DependencyInjection;
using Accounts.InMemory;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.SignIn;

// A host application's first lines against the published packages, as restored from the
// folder dotnet pack wrote, followed by a look inside the packages themselves.
var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

var registeredProfile = new OrganizationProfile
{
    NameKanji = "海運管理株式会社",
    NameKatakana = "カイウンカンリカブシキガイシャ",
    PostalCode = "102-8567",
    Address = "東京都千代田区紀尾井町４－７",
    MainPhone = "03-3230-1201",
    RepresentativeTitle = "代表取締役",
    RepresentativeName = "日本　太郎",
};

var key = new byte[32];
Accounts.Secrets.CryptographicSecretGenerator.Instance.Fill(key);
var services = new ServiceCollection();
services.AddAccounts(options => options.UseClassNkPresets().UseSecretProtectionKey(key)).AddInMemoryStores();
await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
provider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
await using var scope = provider.CreateAsyncScope();
var organizations = scope.ServiceProvider.GetRequiredService<OrganizationService>();
var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
var members = scope.ServiceProvider.GetRequiredService<MemberAdministrationService>();
var signIn = scope.ServiceProvider.GetRequiredService<SignInService>();
var dispatcher = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
var mail = scope.ServiceProvider.GetRequiredService<RecordingMailSender>();

var registered = await organizations.RegisterHeadOfficeAsync(
    new RegisterOrganization
    {
        Organization = new OrganizationRegistration
        {
            Industry = Industry.ShipManagement.Code,
            Profile = registeredProfile,
        },
        Administrator = new FoundingAdministrator { Email = "admin@consumer.example.jp", DisplayName = "Admin" },
    },
    ActorRef.Operator("consumer"));
Check(registered.IsSuccess, "an organization registers with its first administrator");

await dispatcher.DispatchAsync();
var invitation = mail.DeliveredTo("admin@consumer.example.jp").SingleOrDefault();
Check(invitation is not null, "the invitation mail goes out through the outbox");
var token = Regex.Match(invitation?.Body ?? string.Empty, "token=([A-Za-z0-9_-]+)").Groups[1].Value;
var accepted = await invitations.AcceptInvitationAsync(new AcceptInvitation { Token = token, Password = "Consumer#2025ok" });
Check(accepted.IsSuccess, "the administrator accepts with the mailed token and a password");

var signedIn = await signIn.SignInAsync("admin@consumer.example.jp", "Consumer#2025ok");
Check(signedIn.IsSignedIn, "the administrator signs in");

var general = await invitations.InviteAsync(accepted.Value, new InviteMember { Email = "staff@consumer.example.jp", DisplayName = "Staff" });
Check(general.IsSuccess, "the administrator invites a general user");
var lastAdministrator = await members.DeleteAsync(accepted.Value, accepted.Value);
Check(lastAdministrator.HasError("member.last_administrator"), "the last administrator cannot be deleted");

// The same host on SQLite: the migrations travel in the package and create the tables.
var databaseFile = Path.Combine(Path.GetTempPath(), $"accounts-consumer-{Guid.NewGuid():N}.db");
try
{
    var database = new ServiceCollection();
    database.AddAccounts(options => options.UseClassNkPresets()).AddSqliteStores($"Data Source={databaseFile};Pooling=False");
    database.AddSingleton<RecordingMailSender>();
    database.AddSingleton<IMailSender>(provider => provider.GetRequiredService<RecordingMailSender>());
    await using var databaseProvider = database.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    databaseProvider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
    await databaseProvider.MigrateAccountsDatabaseAsync();
    await using var databaseScope = databaseProvider.CreateAsyncScope();
    var onDatabase = await databaseScope.ServiceProvider.GetRequiredService<OrganizationService>().RegisterHeadOfficeAsync(
        new RegisterOrganization
        {
            Organization = new OrganizationRegistration { Industry = Industry.ShipManagement.Code, Profile = registeredProfile },
            Administrator = new FoundingAdministrator { Email = "admin@sqlite.example.jp", DisplayName = "Admin" },
        },
        ActorRef.Operator("consumer"));
    Check(onDatabase.IsSuccess, "on SQLite: the packaged migrations create the tables and an organization registers");
    var sent = await databaseScope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync();
    Check(sent.Sent == 1, "on SQLite: the invitation mail is claimed from the outbox table and marked sent");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    File.Delete(databaseFile);
}

// Every README snippet, compiled from the README into this program, runs against the packages
// in a folder of its own (snippets create files such as accounts.db).
var snippetFolder = Directory.CreateTempSubdirectory("accounts-snippets-").FullName;
var workingFolder = Environment.CurrentDirectory;
Environment.CurrentDirectory = snippetFolder;
try
{
    foreach (var snippet in Snippets.AllSnippets.Items)
    {
        if (!snippet.Run)
        {
            Check(true, $"{snippet.Source}: snippet '{snippet.Name}' compiles (it needs a server to run)");
            continue;
        }

        try
        {
            await snippet.RunAsync(["--urls", "http://127.0.0.1:0"]);
            Check(true, $"{snippet.Source}: snippet '{snippet.Name}' compiles and runs");
        }
#pragma warning disable CA1031 // Any exception of a snippet is reported as its failure.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Check(false, $"{snippet.Source}: snippet '{snippet.Name}' runs: {exception.GetType().Name}: {exception.Message}");
        }
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Environment.CurrentDirectory = workingFolder;
    Directory.Delete(snippetFolder, recursive: true);
}

Check(Snippets.AllSnippets.Items.Any(s => s.Name == "quick-start"), "the README's quick start is among the snippets");

// The packages themselves, as published.
var repositoryRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
var packageFolder = Path.Combine(repositoryRoot, "artifacts", "packages");
var version = typeof(AccountsOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
foreach (var (ok, what) in PackageContents.Verify(packageFolder, version))
{
    Check(ok, what);
}

Console.WriteLine(failures.Count == 0 ? "Package consumer check passed." : $"Package consumer check failed: {failures.Count} problem(s).");
return failures.Count == 0 ? 0 : 1;
