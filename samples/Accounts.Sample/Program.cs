using System.Reflection;
using Accounts.Sample;

// A console host that wires the Accounts library through dependency injection and walks
// through the portal journeys step by step: on SQLite by default, in memory or on PostgreSQL
// when asked (see SampleStorage.Usage).
var sampleFolder = typeof(SampleHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SampleFolder").Value!;
var storage = SampleStorage.Parse(args, sampleFolder, out var reset, out var problem);
if (storage is null)
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine(SampleStorage.Usage);
    return 2;
}

if (reset)
{
    await SampleHost.ResetAsync(storage);
    Console.WriteLine("Deleted the sample's data; starting over.");
}

Console.WriteLine($"Storage: {storage.Describe()}");
await MigrationCampaignJourney.RunAsync(storage);
await ClassNkJourney.RunAsync(storage);
await NexiFirstSignInJourney.RunAsync(storage);
await NexiOnboardingJourney.RunAsync(storage);
await ServiceApplicationJourney.RunAsync(storage);
return 0;
