using System.Collections.Immutable;
using Accounts.Messages;
using Accounts.Notifications;
using Accounts.Storage;

namespace Accounts.DependencyInjection;

/// <summary>
/// One feature of the library, as it registers itself: its error codes and messages, its mail
/// templates and secret links, its audit actions, the kinds of aggregate it stores and the
/// ports it needs. The catalogs, the documentation and the start-up checks are composed from
/// these descriptions.
/// </summary>
public sealed class AccountsFeature
{
    internal AccountsFeature(
        string name,
        IEnumerable<MessageDefinition> messages,
        IEnumerable<string> auditActions,
        IEnumerable<AggregateType> storedTypes,
        IEnumerable<Type> requiredPorts,
        IEnumerable<MailTemplate>? mailTemplates = null,
        IEnumerable<SecretLink>? secretLinks = null)
    {
        Name = name;
        Messages = [.. messages];
        AuditActions = [.. auditActions];
        StoredTypes = [.. storedTypes];
        RequiredPorts = [.. requiredPorts];
        MailTemplates = mailTemplates is null ? [] : [.. mailTemplates];
        SecretLinks = secretLinks is null ? [] : [.. secretLinks];
    }

    /// <summary>The feature's name, for example <c>members</c>.</summary>
    public string Name { get; }

    /// <summary>The codes the feature answers with, and their texts.</summary>
    public ImmutableArray<MessageDefinition> Messages { get; }

    /// <summary>The audit actions the feature records.</summary>
    public ImmutableArray<string> AuditActions { get; }

    /// <summary>The kinds of aggregate the feature stores; the storage adapter must store them all.</summary>
    public ImmutableArray<AggregateType> StoredTypes { get; }

    /// <summary>The ports the feature needs registered.</summary>
    public ImmutableArray<Type> RequiredPorts { get; }

    /// <summary>The mail the feature writes.</summary>
    public ImmutableArray<MailTemplate> MailTemplates { get; }

    /// <summary>The links that carry the feature's secret mail parameters.</summary>
    public ImmutableArray<SecretLink> SecretLinks { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
