using Accounts.Identifiers;
using Accounts.Members;
using Accounts.Registration;
using Accounts.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Accounts.Domain.Tests.Registration.CampaignScenario;

namespace Accounts.Domain.Tests.Registration;

/// <summary>The cutover over generated campaigns: companies entering addresses from a small pool, so that typos, repeats and clashes between companies are common.</summary>
public sealed class CutoverPropertyTests
{
    private static readonly string[] Addresses =
        ["a@one.example.jp", "b@one.example.jp", "c@two.example.jp", "d@two.example.jp", "e@gmail.com", "f@three.example.jp", "g@three.example.jp", "h@four.example.jp", "bad@@four.example.jp", "no-at.example.jp", "A@ONE.example.jp", "shared@agent.example.jp"];

    private static readonly MemberType[] Types = [MemberType.Administrator, MemberType.General, MemberType.ExternalInvited];

    private static Gen<PreRegisteredPerson> Person =>
        from email in Gen.Elements(Addresses)
        from type in Gen.Elements(Types)
        select new PreRegisteredPerson(email, "利用 者", type);

    private static Gen<PreRegisteredPerson[][]> Campaigns =>
        from count in Gen.Choose(1, 6)
        from companies in Gen.ArrayOf(Gen.Choose(1, 5).SelectMany(people => Gen.ArrayOf(Person, people)), count)
        select companies;

    [Property(MaxTest = 40)]
    [Trait("Req", "R-REG-4")]
    public Property Property_EveryValidEntryGetsExactlyOneAccountAndMail_TheReportPredictsIt_AndARerunAddsNothing() =>
        Prop.ForAll(Campaigns.ToArbitrary(), companies =>
        {
            using var portal = Portal(options => options.Campaign = RegistrationCampaign.ClassNk2025 with { CutoverBatchSize = 2 });
            var accounts = new List<(LegacyAccountId Account, PreRegistrationView View)>();
            for (var i = 0; i < companies.Length; i++)
            {
                var account = ImportAsync(portal, $"NK-{i:D2}").GetAwaiter().GetResult();
                accounts.Add((account, PreRegisterAsync(portal, account, "会社" + (char)('Ａ' + i), companies[i]).GetAwaiter().GetResult()));
            }

            var report = portal.Cutover.PrepareReportAsync(Manager).AsTask().GetAwaiter().GetResult().Value;
            portal.Clock.Reset(CutoverMorning);
            var run = portal.Cutover.RunAsync(Manager).AsTask().GetAwaiter().GetResult().Value;
            var rerun = portal.Cutover.RunAsync(Manager).AsTask().GetAwaiter().GetResult().Value;

            var mail = portal.Database.OutboxMessages;
            var everyIssuedEntryOnce = true;
            var refusedEntriesIssueNothing = true;
            foreach (var (account, view) in accounts)
            {
                var refused = run.Refusals.Where(r => r.LegacyAccountId == account).ToList();
                var companyRefused = refused.Exists(r => r.Entry is null);
                for (var entry = 0; entry < view.People.Length; entry++)
                {
                    var email = EmailAddress.Parse(view.People[entry].Email);
                    var member = email.IsSuccess ? portal.Member(TypedId.Derive<MemberId>($"cutover:member:{view.Id}:{email.Value.Value}")) : null;
                    var entryRefused = companyRefused || refused.Exists(r => r.Entry == entry);
                    if (entryRefused)
                    {
                        // A repeated address is refused, but its first entry may still hold the account.
                        refusedEntriesIssueNothing &= member is null || refused.Exists(r => r.Entry == entry && r.Error.Code == CampaignErrors.AddressRepeated.Code);
                    }
                    else
                    {
                        everyIssuedEntryOnce &= member is not null && mail.Count(m => m.To[0] == member.Email) == 1;
                    }
                }
            }

            return (everyIssuedEntryOnce && refusedEntriesIssueNothing).Label("each valid entry one account and one mail, each refused entry none")
                .And((report.OrganizationsToIssue, report.PeopleToIssue) == (run.IssuedOrganizations, run.IssuedPeople)).Label("the report predicts the counts")
                .And(report.Refusals.Select(Describe).SequenceEqual(run.Refusals.Select(Describe))).Label("the report predicts the refusals")
                .And(mail.Count == run.IssuedPeople && portal.Database.CountOf(MemberSnapshot.Aggregate) == run.IssuedPeople).Label("nothing else issued")
                .And((rerun.IssuedPeople, rerun.AlreadyIssuedPeople) == (0, run.IssuedPeople) && mail.Count == portal.Database.OutboxMessages.Count).Label("a rerun adds nothing");
        });

    [Property(MaxTest = 60)]
    [Trait("Req", "R-REG-2")]
    [Trait("Req", "R-REG-3")]
    public Property Property_ASubmissionIsAcceptedExactlyInsideTheWindow() =>
        Prop.ForAll(Gen.Choose(-3 * 24, 120 * 24).ToArbitrary(), hoursFromOpening =>
        {
            using var portal = Portal();
            var account = ImportAsync(portal, "NK-WINDOW").GetAwaiter().GetResult();
            var at = JapanClock.Instant(2025, 6, 15, 0, 0) + NodaTime.Duration.FromHours(hoursFromOpening);
            portal.Clock.Reset(at);
            var submitted = portal.PreRegistrations.SubmitAsync(account, new SubmitPreRegistration { Company = Company("窓口"), People = [Administrator("a@window.example.jp")] }).AsTask().GetAwaiter().GetResult();
            var inside = RegistrationCampaign.ClassNk2025.PhaseAt(at) == CampaignPhase.PreRegistration;
            return submitted.IsSuccess == inside && (portal.Store.FindPreRegistrationOfAsync(account).AsTask().GetAwaiter().GetResult() is not null) == inside;
        });

    private static string Describe(CutoverRefusal refusal) => $"{refusal.LegacyAccountId}/{refusal.Entry}/{refusal.Error.Code}";
}
