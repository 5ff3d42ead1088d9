using Accounts.Messages;
using Accounts.Storage;

namespace Accounts.UseCases;

/// <summary>What a use case answers when its commit meets a taken unique key; the error is built only when it is needed.</summary>
/// <param name="Key">The unique key.</param>
/// <param name="Error">The error's definition.</param>
/// <param name="Target">The field the error is about.</param>
/// <param name="Retry">Whether to run again first, for example with a new portal code.</param>
internal readonly record struct DuplicateRule(UniqueKey Key, MessageDefinition Error, string Target, bool Retry);
