namespace Accounts.InMemory;

/// <summary>
/// How much an <see cref="InMemoryDatabase"/> should make room for up front, so a host that
/// knows its size does not pay for collections growing under load. Zero leaves a collection
/// to grow on demand.
/// </summary>
/// <param name="Aggregates">Aggregates of each kind (members, organizations, …).</param>
/// <param name="PerGroup">Aggregates in one group, for example members of one organization.</param>
/// <param name="OutboxMessages">Outbox messages, sent ones included.</param>
/// <param name="AuditEntries">Audit entries.</param>
public readonly record struct InMemoryCapacity(int Aggregates = 0, int PerGroup = 0, int OutboxMessages = 0, int AuditEntries = 0);
