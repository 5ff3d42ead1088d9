using NodaTime;
using NodaTime.Text;

namespace Accounts.Storage;

/// <summary>The sort key of an instant in a group index: fixed-width ISO 8601 in UTC to the nanosecond, so ordinal order is time order.</summary>
internal static class InstantSortKey
{
    private static readonly InstantPattern Pattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff'Z'");

    public static string Format(Instant at) => Pattern.Format(at);
}
