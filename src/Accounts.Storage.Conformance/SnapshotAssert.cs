using System.Collections;
using System.Reflection;
using Xunit;

namespace Accounts.Storage.Conformance;

/// <summary>Compares snapshots value by value, collections by content: what a database round trip must preserve.</summary>
public static class SnapshotAssert
{
    /// <summary>Fails with the path of the first value that differs.</summary>
    /// <param name="expected">The snapshot written.</param>
    /// <param name="actual">The snapshot read back.</param>
    public static void Equivalent(object? expected, object? actual) => Compare(expected, actual, expected?.GetType().Name ?? "value");

    private static void Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {Show(expected)}, read back {Show(actual)}.");
            return;
        }

        var type = expected.GetType();
        if (expected is string || type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) == true || expected is Guid or decimal)
        {
            Assert.True(expected.Equals(actual), $"{path}: expected {Show(expected)}, read back {Show(actual)}.");
            return;
        }

        if (expected is IEnumerable sequence)
        {
            var left = sequence.Cast<object?>().ToList();
            var right = ((IEnumerable)actual).Cast<object?>().ToList();
            Assert.True(left.Count == right.Count, $"{path}: expected {left.Count} items, read back {right.Count}.");
            for (var i = 0; i < left.Count; i++)
            {
                Compare(left[i], right[i], $"{path}[{i}]");
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }

    private static string Show(object? value) => value?.ToString() ?? "null";
}
