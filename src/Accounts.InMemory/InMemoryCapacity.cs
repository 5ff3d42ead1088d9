namespace Accounts.InMemory;

/// <summary>
/// How much an <see cref="InMemoryDatabase"/> should make room for up front, so a host that
/// knows its size does not pay for collections growing under load. Zero leaves a collection
/// to grow on demand.
/// </summary>
/// <param name="Accounts">Accounts across the portal.</param>
/// <param name="MembersPerOrganization">Accounts in one organization.</param>
/// <param name="OutboxMessages">Outbox messages, sent ones included.</param>
/// <param name="AuditEntries">Audit entries.</param>
public readonly record struct InMemoryCapacity(int Accounts = 0, int MembersPerOrganization = 0, int OutboxMessages = 0, int AuditEntries = 0);
