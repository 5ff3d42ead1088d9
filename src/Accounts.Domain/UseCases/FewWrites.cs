using System.Runtime.CompilerServices;
using Accounts.Storage;

namespace Accounts.UseCases;

/// <summary>Room for the writes of a typical use case inside the run itself, so queuing them allocates no list.</summary>
[InlineArray(4)]
internal struct FewWrites
{
    private AggregateWrite _first;
}
