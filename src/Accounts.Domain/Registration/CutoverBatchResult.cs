namespace Accounts.Registration;

/// <summary>What one decided batch did: the checkpoint it committed and what it refused; no checkpoint when another run had committed the batch first.</summary>
internal sealed record CutoverBatchResult(CutoverRunSnapshot? Checkpoint, List<CutoverRefusal> Refusals);
