using System.Collections.Immutable;
using Accounts.Auditing;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Storage;
using NodaTime;

namespace Accounts.InMemory;

/// <summary>
/// The state the in-memory ports share: organizations, accounts, the outbox and the audit
/// trail, guarded by one lock. The reference implementation of the storage contract: whole
/// aggregates, optimistic concurrency on versions, uniqueness of e-mail addresses and
/// organization codes, and atomic commits.
/// </summary>
/// <remarks>
/// Snapshots are immutable records, so keeping the instance a caller saved and handing it
/// out on load is the same as copying it: nobody can change what the store holds.
/// </remarks>
public sealed class InMemoryDatabase
{
    private readonly Lock _gate = new();
    private readonly Dictionary<OrganizationId, OrganizationSnapshot> _organizations = [];
    private readonly Dictionary<OrganizationCode, OrganizationId> _organizationsByCode = [];
    private readonly Dictionary<OrganizationId, HashSet<OrganizationId>> _unitsByHeadOffice = [];
    private readonly Dictionary<MemberId, MemberSnapshot> _accounts;
    private readonly Dictionary<string, MemberId> _accountsByEmail;
    private readonly Dictionary<OrganizationId, HashSet<MemberId>> _accountsByOrganization = [];
    private readonly Dictionary<OutboxMessageId, OutboxMessage> _outbox;

    // Messages in the order written; sent and abandoned ones are skipped and trimmed from the front.
    private readonly Queue<OutboxMessageId> _pending;
    private readonly List<AuditEntry> _audit;
    private readonly int _membersPerOrganization;

    /// <summary>Creates an empty database.</summary>
    /// <param name="capacity">How much to make room for up front; nothing by default.</param>
    public InMemoryDatabase(InMemoryCapacity capacity = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity.Accounts);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity.MembersPerOrganization);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity.OutboxMessages);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity.AuditEntries);
        _accounts = new(capacity.Accounts);
        _accountsByEmail = new(capacity.Accounts, StringComparer.Ordinal);
        _outbox = new(capacity.OutboxMessages);
        _pending = new(capacity.OutboxMessages);
        _audit = new(capacity.AuditEntries);
        _membersPerOrganization = capacity.MembersPerOrganization;
    }

    /// <summary>How many organizations are stored.</summary>
    public int OrganizationCount
    {
        get { lock (_gate) { return _organizations.Count; } }
    }

    /// <summary>How many accounts are stored.</summary>
    public int AccountCount
    {
        get { lock (_gate) { return _accounts.Count; } }
    }

    /// <summary>Every outbox message, sent or not, in the order written; for tests and samples.</summary>
    public IReadOnlyList<OutboxMessage> OutboxMessages
    {
        get { lock (_gate) { return [.. _outbox.Values.OrderBy(m => m.CreatedAt)]; } }
    }

    /// <summary>Every audit entry in the order written; for tests and samples.</summary>
    public IReadOnlyList<AuditEntry> AuditEntries
    {
        get { lock (_gate) { return [.. _audit]; } }
    }

    internal OrganizationSnapshot? FindOrganization(OrganizationId id)
    {
        lock (_gate)
        {
            return _organizations.GetValueOrDefault(id);
        }
    }

    internal OrganizationSnapshot? FindOrganization(OrganizationCode code)
    {
        lock (_gate)
        {
            return _organizationsByCode.TryGetValue(code, out var id) ? _organizations[id] : null;
        }
    }

    internal List<OrganizationSnapshot> Units(OrganizationId headOfficeId)
    {
        lock (_gate)
        {
            return _unitsByHeadOffice.TryGetValue(headOfficeId, out var units)
                ? [.. units.Select(id => _organizations[id]).OrderBy(o => o.Code.Value, StringComparer.Ordinal)]
                : [];
        }
    }

    internal MemberSnapshot? FindAccount(MemberId id)
    {
        lock (_gate)
        {
            return _accounts.GetValueOrDefault(id);
        }
    }

    internal MemberSnapshot? FindAccount(string normalizedEmail)
    {
        lock (_gate)
        {
            return _accountsByEmail.TryGetValue(normalizedEmail, out var id) ? _accounts[id] : null;
        }
    }

    internal MemberPage Accounts(OrganizationId organizationId, int offset, int limit)
    {
        lock (_gate)
        {
            if (!_accountsByOrganization.TryGetValue(organizationId, out var members))
            {
                return new MemberPage([], 0);
            }

            var page = members.Select(id => _accounts[id]).OrderBy(a => a.Email, StringComparer.Ordinal).Skip(offset).Take(limit).ToList();
            return new MemberPage(page, members.Count);
        }
    }

    internal CommitResult Commit(ChangeSet changes)
    {
        lock (_gate)
        {
            var refusal = Check(changes);
            if (refusal is { } refused)
            {
                return refused;
            }

            foreach (var organization in changes.Organizations)
            {
                Write(organization);
            }

            foreach (var account in changes.Accounts)
            {
                Write(account);
            }

            foreach (var deletion in changes.DeletedMembers)
            {
                Remove(deletion.Id);
            }

            foreach (var message in changes.Mail)
            {
                _outbox.Add(message.Id, message);
                _pending.Enqueue(message.Id);
            }

            _audit.AddRange(changes.Audit);
            return CommitResult.Committed;
        }
    }

    internal List<OutboxMessage> PendingMessages(int maxCount)
    {
        lock (_gate)
        {
            while (_pending.TryPeek(out var first) && _outbox[first].Status != OutboxStatus.Pending)
            {
                _pending.Dequeue();
            }

            return [.. _pending.Select(id => _outbox[id]).Where(m => m.Status == OutboxStatus.Pending).Take(maxCount)];
        }
    }

    internal void MarkSent(OutboxMessageId id, Instant sentAt)
    {
        lock (_gate)
        {
            if (_outbox.TryGetValue(id, out var message) && message.Status == OutboxStatus.Pending)
            {
                _outbox[id] = Redacted(message) with { Status = OutboxStatus.Sent, SentAt = sentAt };
            }
        }
    }

    internal void MarkFailed(OutboxMessageId id, string reason, bool abandon)
    {
        lock (_gate)
        {
            if (_outbox.TryGetValue(id, out var message) && message.Status == OutboxStatus.Pending)
            {
                var failed = message with { Attempts = message.Attempts + 1, LastError = reason };
                _outbox[id] = abandon ? Redacted(failed) with { Status = OutboxStatus.Abandoned } : failed;
            }
        }
    }

    internal void Append(AuditEntry entry)
    {
        lock (_gate)
        {
            _audit.Add(entry);
        }
    }

    internal List<AuditEntry> Query(AuditQuery query)
    {
        lock (_gate)
        {
            return
            [
                .. _audit.Where(entry =>
                    (query.OrganizationId is null || entry.OrganizationId == query.OrganizationId)
                    && (query.Actor is null || entry.Actor == query.Actor)
                    && (query.Target is null || entry.Target == query.Target)
                    && (query.From is null || entry.At >= query.From)
                    && (query.Until is null || entry.At < query.Until))
                .TakeLast(query.Limit),
            ];
        }
    }

    // Change sets hold a handful of items, so duplicates inside one are found by scanning
    // instead of building sets: a commit allocates nothing beyond what it stores.
    private CommitResult? Check(ChangeSet changes)
    {
        var organizations = changes.Organizations;
        for (var i = 0; i < organizations.Length; i++)
        {
            var organization = organizations[i];
            var stored = _organizations.GetValueOrDefault(organization.Id);
            if (organization.Version == 0 ? stored is not null : stored?.Version != organization.Version)
            {
                return CommitResult.Conflict(organization.Id.ToString());
            }

            if ((_organizationsByCode.TryGetValue(organization.Code, out var holder) && holder != organization.Id)
                || CodeRepeats(organizations, i))
            {
                return CommitResult.Duplicate(CommitResult.OrganizationCodeKey);
            }
        }

        foreach (var deletion in changes.DeletedMembers)
        {
            if (_accounts.GetValueOrDefault(deletion.Id)?.Version != deletion.ExpectedVersion)
            {
                return CommitResult.Conflict(deletion.Id.ToString());
            }
        }

        var mail = changes.Mail;
        for (var i = 0; i < mail.Length; i++)
        {
            if (_outbox.ContainsKey(mail[i].Id) || MessageRepeats(mail, i))
            {
                return CommitResult.Conflict(mail[i].Id.ToString());
            }
        }

        var accounts = changes.Accounts;
        for (var i = 0; i < accounts.Length; i++)
        {
            var account = accounts[i];
            var stored = _accounts.GetValueOrDefault(account.Id);
            if (IsDeleted(changes, account.Id) || (account.Version == 0 ? stored is not null : stored?.Version != account.Version))
            {
                return CommitResult.Conflict(account.Id.ToString());
            }

            if ((_accountsByEmail.TryGetValue(account.Email, out var holder) && holder != account.Id && !IsDeleted(changes, holder))
                || EmailRepeats(accounts, i))
            {
                return CommitResult.Duplicate(CommitResult.EmailKey);
            }
        }

        return null;
    }

    private static bool CodeRepeats(ImmutableArray<OrganizationSnapshot> organizations, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (organizations[j].Code == organizations[index].Code)
            {
                return true;
            }
        }

        return false;
    }

    private static bool MessageRepeats(ImmutableArray<OutboxMessage> mail, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (mail[j].Id == mail[index].Id)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EmailRepeats(ImmutableArray<MemberSnapshot> accounts, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (accounts[j].Email == accounts[index].Email)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeleted(ChangeSet changes, MemberId id)
    {
        foreach (var deletion in changes.DeletedMembers)
        {
            if (deletion.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    private void Write(OrganizationSnapshot organization)
    {
        if (_organizations.TryGetValue(organization.Id, out var previous))
        {
            _organizationsByCode.Remove(previous.Code);
        }
        else if (organization.HeadOfficeId is { } headOffice)
        {
            Index(_unitsByHeadOffice, headOffice, organization.Id, 0);
        }

        _organizations[organization.Id] = organization with { Version = organization.Version + 1 };
        _organizationsByCode[organization.Code] = organization.Id;
    }

    private void Write(MemberSnapshot account)
    {
        if (_accounts.TryGetValue(account.Id, out var previous))
        {
            _accountsByEmail.Remove(previous.Email);
            _accountsByOrganization[previous.OrganizationId].Remove(account.Id);
        }

        _accounts[account.Id] = account with { Version = account.Version + 1 };
        _accountsByEmail[account.Email] = account.Id;
        Index(_accountsByOrganization, account.OrganizationId, account.Id, _membersPerOrganization);
    }

    private void Remove(MemberId id)
    {
        if (_accounts.Remove(id, out var previous))
        {
            _accountsByEmail.Remove(previous.Email);
            _accountsByOrganization[previous.OrganizationId].Remove(id);
        }
    }

    private static OutboxMessage Redacted(OutboxMessage message) => message.Parameters.Any(p => p.IsSecret)
        ? message with { Parameters = [.. message.Parameters.Select(p => p.IsSecret ? p with { Value = string.Empty } : p)] }
        : message;

    private static void Index<TKey, TValue>(Dictionary<TKey, HashSet<TValue>> index, TKey key, TValue value, int capacity)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = new HashSet<TValue>(capacity);
        }

        set.Add(value);
    }
}
