namespace Accounts.Registration;

/// <summary>What one decided batch did: nothing when another run had committed it first.</summary>
internal sealed record CutoverBatchResult(bool Committed, int Organizations, int People, List<CutoverRefusal> Refusals);
