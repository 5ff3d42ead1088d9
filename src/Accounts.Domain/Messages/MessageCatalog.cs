using System.Collections.Frozen;
using System.Collections.Immutable;
using Accounts.DependencyInjection;
using Accounts.Results;

namespace Accounts.Messages;

/// <summary>
/// The Japanese and English texts of every error and warning code, which a host can
/// override code by code for its portal's wording. Immutable.
/// </summary>
public sealed class MessageCatalog
{
    private readonly FrozenDictionary<string, MessageDefinition> _definitions;
    private readonly ImmutableDictionary<(string Code, string Language), string> _overrides;

    private MessageCatalog(FrozenDictionary<string, MessageDefinition> definitions, ImmutableDictionary<(string Code, string Language), string> overrides)
    {
        _definitions = definitions;
        _overrides = overrides;
    }

    /// <summary>The library's own texts for every code its features define.</summary>
    public static MessageCatalog Default { get; } = new(
        AccountsFeatures.All.SelectMany(feature => feature.Messages).ToFrozenDictionary(d => d.Code, StringComparer.Ordinal),
        ImmutableDictionary<(string Code, string Language), string>.Empty);

    /// <summary>Every code the catalog knows, with its default texts.</summary>
    public IReadOnlyCollection<MessageDefinition> Definitions => _definitions.Values;

    /// <summary>Returns a catalog that uses the host's template for a code in a language.</summary>
    /// <param name="code">The code.</param>
    /// <param name="language"><c>ja</c> or <c>en</c>.</param>
    /// <param name="template">The template; it may name the error's arguments in braces.</param>
    /// <exception cref="ArgumentException">The code is unknown or the language unsupported.</exception>
    public MessageCatalog Override(string code, string language, string template)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        if (!_definitions.ContainsKey(code))
        {
            throw new ArgumentException($"'{code}' is not a code of the library.", nameof(code));
        }

        if (!Language.IsSupported(language))
        {
            throw new ArgumentException($"'{language}' is not a supported language (ja, en).", nameof(language));
        }

        return new MessageCatalog(_definitions, _overrides.SetItem((code, language), template));
    }

    /// <summary>The definition of a code, or <see langword="null"/>.</summary>
    /// <param name="code">The code.</param>
    public MessageDefinition? Find(string code) => _definitions.GetValueOrDefault(code);

    /// <summary>The text of an error in a language, with its arguments filled in.</summary>
    /// <param name="error">The error.</param>
    /// <param name="language">A language or culture name: <c>en</c>, <c>en-US</c>, <c>ja-JP</c>; one the library has no texts in falls back to Japanese.</param>
    public string Describe(Error error, string language = Language.Japanese)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Template(error.Code, language) is { } template ? MessageTemplate.Format(template, error.Arguments.AsSpan()) : error.Message;
    }

    /// <summary>The text of a warning in a language.</summary>
    /// <param name="warning">The warning.</param>
    /// <param name="language">A language or culture name: <c>en</c>, <c>en-US</c>, <c>ja-JP</c>; one the library has no texts in falls back to Japanese.</param>
    public string Describe(Warning warning, string language = Language.Japanese)
    {
        ArgumentNullException.ThrowIfNull(warning);
        return Template(warning.Code, language) ?? warning.Message;
    }

    private string? Template(string code, string language)
    {
        language = Language.Resolve(language) ?? Language.Japanese;
        if (_overrides.TryGetValue((code, language), out var custom))
        {
            return custom;
        }

        return _definitions.TryGetValue(code, out var definition)
            ? language == Language.English ? definition.English : definition.Japanese
            : null;
    }
}
