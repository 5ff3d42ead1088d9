using Accounts.Sample;

// A console host that wires the Accounts library through dependency injection on the
// in-memory adapter and walks through the portal journeys step by step.
await ClassNkJourney.RunAsync();
await NexiFirstSignInJourney.RunAsync();
return 0;
