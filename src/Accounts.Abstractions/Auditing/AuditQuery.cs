using Accounts.Organizations;
using NodaTime;

namespace Accounts.Auditing;

/// <summary>Selects audit entries; every criterion left out matches all.</summary>
public sealed record AuditQuery
{
    /// <summary>Only entries about this organization.</summary>
    public OrganizationId? OrganizationId { get; init; }

    /// <summary>Only entries by this actor.</summary>
    public ActorRef? Actor { get; init; }

    /// <summary>Only entries about this target.</summary>
    public string? Target { get; init; }

    /// <summary>Only entries at or after this instant.</summary>
    public Instant? From { get; init; }

    /// <summary>Only entries before this instant.</summary>
    public Instant? Until { get; init; }

    /// <summary>The most entries to return, newest last.</summary>
    public int Limit { get; init; } = 1000;
}
