using System.Collections.Immutable;
using System.Globalization;
using Accounts.Auditing;
using Accounts.Identifiers;
using Accounts.Members;
using Accounts.Registration;
using Accounts.Storage;
using Accounts.Testing;
using NodaTime;

namespace Accounts.Benchmarks.Registration;

/// <summary>
/// A ClassNK campaign at the size a benchmark asks for: one legacy account and one
/// pre-registration per company, ten people each (an administrator, eight general users and an
/// external invited user), every entry valid. Written straight into the store, a few thousand
/// rows per commit, because submitting a million people through the use case would take longer
/// than what the benchmark measures; the cutover judges them exactly as if they had been submitted.
/// </summary>
internal sealed class CutoverCampaignSeed
{
    public const int PeoplePerCompany = 10;
    private const int CompaniesPerCommit = 500;

    private static readonly Instant Submitted = JapanClock.Instant(2025, 7, 1, 10, 0);

    private readonly LegacyAccountSnapshot[] _legacyAccounts;
    private readonly PreRegistrationSnapshot[] _preRegistrations;

    public CutoverCampaignSeed(int people)
    {
        var companies = people / PeoplePerCompany;
        _legacyAccounts = new LegacyAccountSnapshot[companies];
        _preRegistrations = new PreRegistrationSnapshot[companies];
        var industry = TestPortal.Registration("seed@example.jp").Organization.Industry;
        for (var company = 0; company < companies; company++)
        {
            var login = "nk" + company.ToString("D7", CultureInfo.InvariantCulture);
            var legacy = PreRegistrationService.LegacyAccountIdOf(login);
            _legacyAccounts[company] = new LegacyAccountSnapshot { Id = legacy, LoginId = login, CompanyName = login + " Co., Ltd.", ImportedAt = Submitted };
            var entries = ImmutableArray.CreateBuilder<PreRegisteredPerson>(PeoplePerCompany);
            for (var person = 0; person < PeoplePerCompany; person++)
            {
                var type = person == 0 ? MemberType.Administrator : person == PeoplePerCompany - 1 ? MemberType.ExternalInvited : MemberType.General;
                entries.Add(new PreRegisteredPerson($"p{person}@{login}.example.co.jp", "日本　太郎", type));
            }

            _preRegistrations[company] = new PreRegistrationSnapshot
            {
                Id = TypedId.Derive<PreRegistrationId>("benchmark:" + login),
                LegacyAccountId = legacy,
                Company = new PreRegisteredCompany { Industry = industry, Profile = TestPortal.ValidProfile with { NameKanji = "株式会社" + FullWidth(company) } },
                People = entries.MoveToImmutable(),
                SubmittedAt = Submitted,
                UpdatedAt = Submitted,
            };
        }
    }

    public int Companies => _preRegistrations.Length;

    /// <summary>Writes the legacy accounts and the pre-registrations into the portal's store.</summary>
    public async Task WriteToAsync(TestPortal portal)
    {
        var bulk = portal.UnitOfWork as IBulkUnitOfWork ?? throw new InvalidOperationException("The portal's storage has no bulk write path.");
        for (var start = 0; start < Companies; start += CompaniesPerCommit)
        {
            var count = Math.Min(CompaniesPerCommit, Companies - start);
            var writes = ImmutableArray.CreateBuilder<AggregateWrite>(count * 2);
            for (var i = start; i < start + count; i++)
            {
                writes.Add(AggregateWrite.Insert(_legacyAccounts[i]));
                writes.Add(AggregateWrite.Insert(_preRegistrations[i]));
            }

            var committed = await bulk.CommitBatchAsync(
                new ChangeSet
                {
                    Writes = writes.MoveToImmutable(),
                    Audit = [new AuditEntry(Submitted, ActorRef.System, "benchmark.seed", string.Empty, AuditOutcome.Succeeded)],
                },
                default);
            if (!committed.IsCommitted)
            {
                throw new InvalidOperationException($"Seeding the campaign failed: {committed.Status}.");
            }
        }
    }

    private static string FullWidth(int number)
    {
        var digits = number.ToString(CultureInfo.InvariantCulture).ToCharArray();
        for (var i = 0; i < digits.Length; i++)
        {
            digits[i] = (char)(digits[i] - '0' + '０');
        }

        return new string(digits);
    }
}
