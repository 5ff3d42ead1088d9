using Accounts.Results;
using Accounts.Storage;

namespace Accounts.UseCases;

/// <summary>What a use case answers when its commit meets a taken unique key.</summary>
/// <param name="Key">The unique key.</param>
/// <param name="Error">The error to answer once retrying is over (or at once).</param>
/// <param name="Retry">Whether to run again first, for example with a new portal code.</param>
internal sealed record DuplicateRule(UniqueKey Key, Error Error, bool Retry);
