using Accounts.Messages;
using Accounts.Results;

namespace Accounts.Text;

/// <summary>The first character of a text that broke a rule, and where it is; <c>default</c> when none did.</summary>
/// <param name="CodePoint">The character (a lone surrogate's own value).</param>
/// <param name="Position">Its position, counted in characters from 1; 0 when nothing was found.</param>
internal readonly record struct CharacterFinding(int CodePoint, int Position)
{
    public bool Found => Position > 0;

    /// <summary>What an error about the character carries: <c>codePoint</c> as U+XXXX and <c>position</c>.</summary>
    public ErrorArgument[] Arguments =>
        [MessageDefinition.Argument("codePoint", $"U+{CodePoint:X4}"), MessageDefinition.Argument("position", Position)];
}
