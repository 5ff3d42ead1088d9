using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Accounts.DependencyInjection;
using Accounts.Messages;
using Accounts.Results;

namespace Accounts.Notifications;

/// <summary>
/// The mail templates in Japanese and English, composed from every feature's own, and the
/// links that carry secret parameters; a host overrides any template for its portal's
/// wording. Immutable.
/// </summary>
public sealed class MailTemplateCatalog
{
    private readonly FrozenDictionary<string, MailTemplate> _templates;
    private readonly FrozenDictionary<string, SecretLink> _secretLinks;

    private MailTemplateCatalog(FrozenDictionary<string, MailTemplate> templates, FrozenDictionary<string, SecretLink> secretLinks)
    {
        _templates = templates;
        _secretLinks = secretLinks;
    }

    /// <summary>The library's own templates, from every feature.</summary>
    public static MailTemplateCatalog Default { get; } = new(
        AccountsFeatures.All.SelectMany(f => f.MailTemplates).ToFrozenDictionary(t => t.Key, StringComparer.Ordinal),
        AccountsFeatures.All.SelectMany(f => f.SecretLinks).ToFrozenDictionary(l => l.Parameter, StringComparer.Ordinal));

    /// <summary>Every template.</summary>
    public IReadOnlyCollection<MailTemplate> Templates => _templates.Values;

    /// <summary>Every link that carries a secret parameter.</summary>
    public IReadOnlyCollection<SecretLink> SecretLinks => _secretLinks.Values;

    /// <summary>Returns a catalog with a template replaced.</summary>
    /// <param name="template">The host's template; its key must be one the library writes.</param>
    /// <exception cref="ArgumentException">The key is unknown.</exception>
    public MailTemplateCatalog Override(MailTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (!_templates.ContainsKey(template.Key))
        {
            throw new ArgumentException($"'{template.Key}' is not a mail template of the library.", nameof(template));
        }

        var templates = _templates.ToDictionary(StringComparer.Ordinal);
        templates[template.Key] = template;
        return new MailTemplateCatalog(templates.ToFrozenDictionary(StringComparer.Ordinal), _secretLinks);
    }

    /// <summary>
    /// Renders an outbox message into subject and body. A secret parameter appears only inside
    /// its link (<see cref="SecretLink"/>); one that has no link is an error, never left out.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="links">The portal's addresses.</param>
    /// <param name="portalName">The portal's name.</param>
    /// <exception cref="MailRenderingException">The template is unknown, or a secret parameter has no link.</exception>
    public (string Subject, string Body) Render(OutboxMessage message, PortalLinks links, string portalName)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(links);
        if (!_templates.TryGetValue(message.Template, out var template))
        {
            throw new MailRenderingException($"No mail template '{message.Template}'.");
        }

        var arguments = new List<ErrorArgument>(message.Parameters.Length + 2)
        {
            new("portalName", portalName),
            new("signInUrl", links.SignInUrl),
        };
        foreach (var parameter in message.Parameters)
        {
            if (!parameter.IsSecret)
            {
                arguments.Add(new(parameter.Name, parameter.Value));
            }
            else if (_secretLinks.TryGetValue(parameter.Name, out var link))
            {
                arguments.Add(new(link.Placeholder, link.ShownAsIs ? parameter.Value : link.Address(links).Replace("{token}", Uri.EscapeDataString(parameter.Value), StringComparison.Ordinal)));
            }
            else
            {
                throw new MailRenderingException($"The secret parameter '{parameter.Name}' of '{message.Template}' has no link to render it in.");
            }
        }

        var english = message.Language == Language.English;
        var span = CollectionsMarshal.AsSpan(arguments);
        return (
            MessageTemplate.Format(english ? template.EnglishSubject : template.JapaneseSubject, span),
            MessageTemplate.Format(english ? template.EnglishBody : template.JapaneseBody, span));
    }
}
