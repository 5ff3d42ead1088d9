using Accounts.Auditing;
using Accounts.EntityFrameworkCore.Rows;
using Accounts.Members;
using Accounts.Organizations;

namespace Accounts.EntityFrameworkCore.Mappings;

/// <summary>Audit entries to rows and back; the actor as its kind and its identifier, as shown.</summary>
internal static class AuditEntryMapping
{
    public static AuditEntryRow ToRow(AuditEntry entry) => new()
    {
        At = Timestamps.ToColumn(entry.At),
        ActorKind = entry.Actor.Kind.ToString(),
        ActorId = entry.Actor.Id,
        Action = entry.Action,
        Target = entry.Target,
        Outcome = entry.Outcome.ToString(),
        Code = entry.Code,
        OrganizationId = entry.OrganizationId?.Value,
    };

    public static AuditEntry ToEntry(AuditEntryRow row) => new(
        Timestamps.FromColumn(row.At),
        ActorOf(Enum.Parse<ActorKind>(row.ActorKind), row.ActorId),
        row.Action,
        row.Target,
        Enum.Parse<AuditOutcome>(row.Outcome),
        row.Code,
        row.OrganizationId is { } organization ? new OrganizationId(organization) : null)
    {
        Sequence = row.Sequence,
    };

    public static ActorRef ActorOf(ActorKind kind, string id) => kind switch
    {
        ActorKind.Member => ActorRef.Member(MemberId.Parse(id, null)),
        ActorKind.Operator => ActorRef.Operator(id),
        ActorKind.System => ActorRef.System,
        _ => ActorRef.Anonymous(id),
    };
}
