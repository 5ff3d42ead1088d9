using System.Text;
using Accounts.Results;

namespace Accounts.Messages;

/// <summary>Fills <c>{name}</c> placeholders of message and mail templates.</summary>
internal static class MessageTemplate
{
    /// <summary>Replaces each <c>{name}</c> with the value of the argument of that name; unknown placeholders stay as written.</summary>
    /// <param name="template">The template.</param>
    /// <param name="arguments">The values.</param>
    public static string Format(string template, ReadOnlySpan<ErrorArgument> arguments)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (arguments.IsEmpty || !template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 16);
        var rest = template.AsSpan();
        while (!rest.IsEmpty)
        {
            var open = rest.IndexOf('{');
            var close = open < 0 ? -1 : rest[open..].IndexOf('}');
            if (open < 0 || close < 0)
            {
                builder.Append(rest);
                break;
            }

            builder.Append(rest[..open]);
            var name = rest.Slice(open + 1, close - 1);
            var value = Find(arguments, name);
            if (value is null)
            {
                builder.Append(rest.Slice(open, close + 1));
            }
            else
            {
                builder.Append(value);
            }

            rest = rest[(open + close + 1)..];
        }

        return builder.ToString();
    }

    /// <summary>The placeholder names a template uses, in order of appearance.</summary>
    /// <param name="template">The template.</param>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var names = new List<string>();
        var start = template.IndexOf('{', StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = template.IndexOf('}', start + 1);
            if (end < 0)
            {
                break;
            }

            names.Add(template[(start + 1)..end]);
            start = template.IndexOf('{', end + 1);
        }

        return names;
    }

    private static string? Find(ReadOnlySpan<ErrorArgument> arguments, ReadOnlySpan<char> name)
    {
        foreach (var argument in arguments)
        {
            if (name.SequenceEqual(argument.Name))
            {
                return argument.Value;
            }
        }

        return null;
    }
}
