using Accounts.Auditing;
using Accounts.Calendars;
using Accounts.Members;
using Accounts.Operators;
using Accounts.Organizations;
using Accounts.ServiceApplications;
using Accounts.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accounts.Domain.Tests.ServiceApplications;

/// <summary>The service rules over generated input, each case through the use cases of one shared portal.</summary>
public sealed class ServiceApplicationPropertyTests : IDisposable
{
    private static readonly PortalOperator Desk = new("op-desk", OperatorRole.ServiceDesk);

    private static readonly string[] Industries =
        [Industry.NonLifeInsurer.Code, Industry.LifeInsurer.Code, Industry.Bank.Code, Industry.ShipManagement.Code, Industry.Trading.Code, Industry.Manufacturing.Code, Industry.CustomsBroker.Code, Industry.Other.Code];

    private static readonly ServiceDefinition Change = new("change", "変更申込") { ApplicationKind = ServiceApplicationKind.Change };

    private readonly TestPortal _portal = new(
        options => options.Services = Enumerable.Range(0, 11).Aggregate(
            ServicePolicy.Default.WithService(Change),
            static (policy, lead) => policy.WithService(new ServiceDefinition($"lead-{lead}", $"Lead {lead}") { ApplicationKind = ServiceApplicationKind.Change, LeadTimeBusinessDays = lead })),
        start: JapanClock.Instant(2025, 9, 10, 10));

    private readonly Dictionary<string, (OrganizationId, MemberId)> _registered = [];
    private readonly Dictionary<string, MemberId> _invited = [];
    private int _nextService;

    public void Dispose() => _portal.Dispose();

    [Property(MaxTest = 40)]
    [Trait("Req", "R-SVC-3")]
    public Property Property_AnIneligibleIndustry_NeverGetsAnApprovedSubscription()
    {
        var organizations = Industries.ToDictionary(i => i, i => Register($"admin@{i.Replace('_', '-')}.example.jp", i));
        var cases = from industry in Gen.Elements(Industries)
                    from eligible in Gen.SubListOf(Industries)
                    from automatic in Gen.Elements(true, false)
                    select (industry, eligible, automatic);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var service = new ServiceDefinition($"svc-{_nextService++}", "Service") { EligibleIndustries = [.. c.eligible], ReviewMode = c.automatic ? ServiceReviewMode.Automatic : ServiceReviewMode.OperatorReview };
            using var portal = _portal.With(configure: o => o.Services = o.Services.WithService(service));
            var (organization, administrator) = organizations[c.industry];
            var applied = Run(portal.Services.ApplyAsync(administrator, new ApplyForService { ServiceCode = service.Code }));
            if (applied.IsSuccess && applied.Value.Status != ServiceApplicationStatus.Approved)
            {
                Run(portal.Services.ApproveAsync(applied.Value.Id, Desk));
            }

            var access = Run(portal.Services.GetEntitlementsAsync(organization)).Check(portal.Member(administrator)!, service.Code, portal.Clock.GetCurrentInstant());
            var eligible = c.eligible.Count == 0 || c.eligible.Contains(c.industry);
            return eligible
                ? access == ServiceAccess.Allowed
                : applied.FirstError?.Code == ServiceErrors.IndustryNotEligible.Code && access == ServiceAccess.NotSubscribed;
        });
    }

    [Property(MaxTest = 40)]
    [Trait("Req", "R-SVC-1")]
    [Trait("Req", "R-SVC-2")]
    public Property Property_NobodyButAnAdministratorOfTheOrganization_EverSubmits()
    {
        var (organization, administrator) = Register("admin@insure.example.jp", Industry.NonLifeInsurer.Code);
        var (other, otherAdministrator) = Register("admin@other.example.jp", Industry.NonLifeInsurer.Code);
        var members = new (MemberId Id, OrganizationId Organization, bool IsAdministrator)[]
        {
            (administrator, organization, true),
            (Invite(administrator, "general@insure.example.jp"), organization, false),
            (Invite(administrator, "external@partner.example.jp", MemberType.ExternalInvited), organization, false),
            (Invite(administrator, "second-admin@insure.example.jp", MemberType.Administrator), organization, true),
            (otherAdministrator, other, true),
            (Invite(otherAdministrator, "general@other.example.jp"), other, false),
        };

        return Prop.ForAll(Gen.Elements(members).ToArbitrary(), member =>
        {
            var before = Count(organization) + Count(other);
            var applied = Run(_portal.Services.ApplyForChangeAsync(member.Id, ServiceApplicationServiceTests.Change() with { ServiceCode = Change.Code }));
            var after = Count(organization) + Count(other);
            return member.IsAdministrator
                ? applied.IsSuccess && after == before + 1 && applied.Value.OrganizationId == member.Organization
                : applied.IsFailure && after == before && applied.FirstError!.Code.StartsWith("permission.", StringComparison.Ordinal);
        });

        int Count(OrganizationId id) => Run(_portal.Store.ListServiceApplicationsAsync(id, 0, 1000)).Items.Count;
    }

    [Property(MaxTest = 40)]
    [Trait("Req", "R-SVC-6")]
    public Property Property_TheCredentialAndApprovalNoticeWindows_HoldForGeneratedDates()
    {
        var (_, administrator) = Register("admin@insure.example.jp", Industry.NonLifeInsurer.Code);
        var calendar = BusinessCalendar.Japan;
        var cases = from reviewDay in Gen.Choose(0, 400)
                    from startAfter in Gen.Choose(0, 15)
                    from viewAfter in Gen.Choose(0, 25)
                    select (reviewDay, startAfter, viewAfter);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var reviewed = new LocalDate(2025, 9, 10).PlusDays(c.reviewDay);
            var start = calendar.AddBusinessDays(reviewed, c.startAfter);
            var viewed = reviewed.PlusDays(c.viewAfter);
            _portal.Clock.Reset(reviewed.AtStartOfDayInZone(JapanTime.Zone).ToInstant() + Duration.FromHours(9));
            var id = Run(_portal.Services.ApplyForChangeAsync(administrator, ServiceApplicationServiceTests.Change(start) with { ServiceCode = Change.Code })).Value.Id;
            Run(_portal.Services.StartReviewAsync(id, Desk));
            var beforeReview = Run(_portal.Services.ViewCredentialsAsync(administrator, id));
            Run(_portal.Services.FinishReviewAsync(id, Desk, start, [new IssuedCredential("WT1", "KEY1", "A1", "A2", "A3", reviewed)]));
            Run(_portal.Services.ConfirmAsync(id, Desk));
            _portal.Clock.Reset(viewed.AtStartOfDayInZone(JapanTime.Zone).ToInstant() + Duration.FromHours(12));
            var credentials = Run(_portal.Services.ViewCredentialsAsync(administrator, id));
            var notice = Run(_portal.Services.GetApprovalNoticeAsync(administrator, id));
            return beforeReview.FirstError?.Code == ServiceErrors.CredentialsNotVisible.Code
                && credentials.IsSuccess == (viewed <= start.PlusDays(1))
                && notice.IsSuccess == (viewed >= start);
        });
    }

    [Property(MaxTest = 60)]
    [Trait("Req", "R-SVC-2")]
    public Property Property_DueDates_LandOnBusinessDays_TheLeadTimeAfterSubmission()
    {
        var (_, administrator) = Register("admin@insure.example.jp", Industry.NonLifeInsurer.Code);
        var calendar = BusinessCalendar.Japan;
        var cases = from day in Gen.Choose(0, 5 * 365)
                    from hour in Gen.Choose(0, 23)
                    from lead in Gen.Choose(0, 10)
                    select (day, hour, lead);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var submitted = new LocalDate(2025, 9, 10).PlusDays(c.day);
            _portal.Clock.Reset(submitted.AtStartOfDayInZone(JapanTime.Zone).ToInstant() + Duration.FromHours(c.hour));
            var applied = Run(_portal.Services.ApplyForChangeAsync(administrator, ServiceApplicationServiceTests.Change(calendar.AddBusinessDays(submitted, 1)) with { ServiceCode = $"lead-{c.lead}" }));
            var due = applied.Value.DueDate;
            return calendar.IsBusinessDay(due)
                && due >= submitted
                && (c.lead == 0 ? due == (calendar.IsBusinessDay(submitted) ? submitted : calendar.NextBusinessDay(submitted)) : calendar.BusinessDaysBetween(submitted, due) == c.lead);
        });
    }

    private static T Run<T>(ValueTask<T> task) => task.AsTask().GetAwaiter().GetResult();

    private static T Run<T>(Task<T> task) => task.GetAwaiter().GetResult();

    /// <summary>Registers once per address: FsCheck builds the property again for every case.</summary>
    private (OrganizationId Organization, MemberId Administrator) Register(string administratorEmail, string industry)
    {
        if (_registered.TryGetValue(administratorEmail, out var known))
        {
            return known;
        }

        var registered = Run(_portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration(administratorEmail, industry: industry), ActorRef.Operator("operator")));
        return _registered[administratorEmail] = (registered.Value.OrganizationId, Run(_portal.AcceptAsync(administratorEmail)));
    }

    private MemberId Invite(MemberId administrator, string email, MemberType type = MemberType.General)
    {
        if (!_invited.TryGetValue(email, out var member))
        {
            member = _invited[email] = Run(_portal.InviteAndAcceptAsync(administrator, email, type));
        }

        return member;
    }
}
