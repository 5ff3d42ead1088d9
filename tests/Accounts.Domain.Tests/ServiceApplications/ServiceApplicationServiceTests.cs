using System.Collections.Concurrent;
using Accounts.Auditing;
using Accounts.Members;
using Accounts.Operators;
using Accounts.Organizations;
using Accounts.ServiceApplications;
using Accounts.Testing;
using NodaTime;

namespace Accounts.Domain.Tests.ServiceApplications;

public sealed class ServiceApplicationServiceTests : IDisposable
{
    private static readonly PortalOperator Desk = new("op-desk", OperatorRole.ServiceDesk);

    private static readonly ServiceDefinition Survey = new("classnk-survey", "船級検査申請") { LeadTimeBusinessDays = 3 };
    private static readonly ServiceDefinition Documents = new("classnk-documents", "証書ダウンロード") { ReviewMode = ServiceReviewMode.Automatic };
    private static readonly ServiceDefinition Legacy = new("classnk-legacy", "旧システム") { KeepsOwnLogin = true };
    private static readonly ServiceDefinition WebNaccs = ServiceDefinition.WebNaccs(new LocalDate(2025, 10, 1), new LocalDate(2025, 11, 4));

    private static readonly IssuedCredential Terminal = new("WTRM0001", "K3y5ecretAcc355", "AC1code0001", "AC2code0002", "AC3code0003", new LocalDate(2025, 9, 12));

    // Wednesday 2025-09-10, 10:00 in Japan; Monday 09-15 and Tuesday 09-23 are holidays.
    private readonly TestPortal _portal = new(
        options => options.Services = ServicePolicy.Default.WithService(Survey).WithService(Documents).WithService(Legacy).WithService(WebNaccs),
        start: JapanClock.Instant(2025, 9, 10, 10));

    public void Dispose() => _portal.Dispose();

    [Fact]
    [Trait("Req", "R-SVC-1")]
    public async Task AnAccountAlone_GivesNoService()
    {
        var (organization, administrator) = await RegisterAsync("admin@ship.example.jp", Industry.ShipManagement.Code);

        var entitlements = await _portal.Services.GetEntitlementsAsync(organization);

        Assert.Equal(ServiceAccess.NotSubscribed, entitlements.Check(_portal.Member(administrator)!, Survey.Code, Now));
        Assert.Equal(ServiceAccess.UnknownService, entitlements.Check(_portal.Member(administrator)!, "nothing", Now));
    }

    [Fact]
    [Trait("Req", "R-SVC-1")]
    [Trait("Req", "R-SVC-2")]
    public async Task AGeneralUser_CannotApply_AndNothingIsSavedOrMailed()
    {
        var (organization, administrator) = await RegisterAsync("admin@ship.example.jp", Industry.ShipManagement.Code);
        var general = await _portal.InviteAndAcceptAsync(administrator, "user@ship.example.jp");
        var mailBefore = (await _portal.Outbox.GetBacklogAsync(default)).Pending;

        var applied = await _portal.Services.ApplyAsync(general, new ApplyForService { ServiceCode = Survey.Code });

        Assert.Equal("permission.denied", applied.FirstError!.Code);
        Assert.Empty((await _portal.Store.ListServiceApplicationsAsync(organization)).Items);
        Assert.Equal(mailBefore, (await _portal.Outbox.GetBacklogAsync(default)).Pending);
        Assert.Null(await _portal.Store.FindReceiptSequenceAsync(ReceiptNumberFormat.Naccs.SeriesOf(new LocalDate(2025, 9, 10))));
    }

    [Fact]
    [Trait("Req", "R-SVC-1")]
    [Trait("Req", "R-SVC-2")]
    public async Task TheOperatorApproves_WithinTheLeadTime_AndEveryMemberMayUseItFromTheStartDate()
    {
        var (organization, administrator) = await RegisterAsync("admin@ship.example.jp", Industry.ShipManagement.Code);
        var general = await _portal.InviteAndAcceptAsync(administrator, "user@ship.example.jp");

        var applied = await _portal.Services.ApplyAsync(administrator, new ApplyForService { ServiceCode = Survey.Code });

        // Three business days after Wednesday 09-10, across the holiday Monday 09-15.
        Assert.Equal((ServiceApplicationStatus.Submitted, new LocalDate(2025, 9, 16), "250001A"), (applied.Value.Status, applied.Value.DueDate, applied.Value.ReceiptNumber));
        _portal.Clock.AdvanceDays(1);
        var approved = await _portal.Services.ApproveAsync(applied.Value.Id, Desk, new LocalDate(2025, 9, 12));
        Assert.Equal((ServiceApplicationStatus.Approved, new LocalDate(2025, 9, 12)), (approved.Value.Status, approved.Value.StartDate));

        var entitlements = await _portal.Services.GetEntitlementsAsync(organization);
        Assert.Equal(ServiceAccess.NotStarted, entitlements.Check(_portal.Member(general)!, Survey.Code, Now));
        _portal.Clock.AdvanceDays(1);
        Assert.Equal(ServiceAccess.Allowed, entitlements.Check(_portal.Member(general)!, Survey.Code, Now));
        Assert.Equal(ServiceAccess.Allowed, entitlements.Check(_portal.Member(administrator)!, Survey.Code, Now));
        Assert.Contains("250001A", (await DeliveredAsync("admin@ship.example.jp"))[^1].Subject, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Req", "R-SVC-2")]
    public async Task ASameDayService_IsApprovedAtOnce_AsTheSystem()
    {
        var (organization, administrator) = await RegisterAsync("admin@ship.example.jp", Industry.ShipManagement.Code);

        var applied = await _portal.Services.ApplyAsync(administrator, new ApplyForService { ServiceCode = Documents.Code });

        Assert.Equal((ServiceApplicationStatus.Approved, new LocalDate(2025, 9, 10), new LocalDate(2025, 9, 10)), (applied.Value.Status, applied.Value.StartDate, applied.Value.DueDate));
        Assert.Equal(ServiceAccess.Allowed, (await _portal.Services.GetEntitlementsAsync(organization)).Check(_portal.Member(administrator)!, Documents.Code, Now));
        Assert.Equal([ServiceApplicationStatus.Submitted, ServiceApplicationStatus.Approved], applied.Value.History.Select(e => e.Status));
    }

    [Fact]
    [Trait("Req", "R-SVC-2")]
    public async Task ChangesRequested_TheAdministratorResubmits_AndTheHistoryKeepsEveryStep()
    {
        var (_, administrator) = await RegisterAsync("admin@ship.example.jp", Industry.ShipManagement.Code);
        var applied = await _portal.Services.ApplyAsync(administrator, new ApplyForService { ServiceCode = Survey.Code });

        var noReason = await _portal.Services.RequestChangesAsync(applied.Value.Id, Desk, " ");
        var requested = await _portal.Services.RequestChangesAsync(applied.Value.Id, Desk, "担当者の電話番号を記入してください");
        _portal.Clock.AdvanceDays(2);
        var resubmitted = await _portal.Services.ResubmitAsync(administrator, applied.Value.Id, new Contact("申込 花子", "hanako@ship.example.jp"));
        var rejected = await _portal.Services.RejectAsync(applied.Value.Id, Desk, "対象船舶が登録されていません");

        Assert.Equal("field.required", noReason.FirstError!.Code);
        Assert.Equal(ServiceApplicationStatus.ChangesRequested, requested.Value.Status);
        Assert.Equal((ServiceApplicationStatus.Submitted, new LocalDate(2025, 9, 18)), (resubmitted.Value.Status, resubmitted.Value.DueDate));
        Assert.Equal(
            [(ServiceApplicationStatus.Submitted, null), (ServiceApplicationStatus.ChangesRequested, "担当者の電話番号を記入してください"), (ServiceApplicationStatus.Submitted, null), (ServiceApplicationStatus.Rejected, "対象船舶が登録されていません")],
            rejected.Value.History.Select(e => (e.Status, e.Note)));
        Assert.Contains("対象船舶が登録されていません", (await DeliveredAsync("hanako@ship.example.jp"))[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Req", "R-SVC-2")]
    public async Task AnOperatorWithoutTheReviewPermission_IsRefused_ByTheTable()
    {
        var (_, administrator) = await RegisterAsync("admin@ship.example.jp", Industry.ShipManagement.Code);
        var applied = await _portal.Services.ApplyAsync(administrator, new ApplyForService { ServiceCode = Survey.Code });

        var approved = await _portal.Services.ApproveAsync(applied.Value.Id, new PortalOperator("op-reviewer", OperatorRole.Reviewer));

        Assert.Equal("workflow.firer_not_allowed", approved.FirstError!.Code);
        Assert.Equal(ServiceApplicationStatus.Submitted, (await _portal.Store.FindServiceApplicationAsync(applied.Value.Id))!.Status);
    }

    [Fact]
    [Trait("Req", "R-SVC-3")]
    public async Task AnIneligibleIndustry_IsRefused_WithItsOwnCode_AndNothingIsSaved()
    {
        var (organization, administrator) = await RegisterAsync("admin@trade.example.jp", Industry.Trading.Code);

        var applied = await _portal.Services.ApplyForChangeAsync(administrator, Change());

        Assert.Equal(("service.industry_not_eligible", "serviceCode"), (applied.FirstError!.Code, applied.FirstError.Target));
        Assert.Empty((await _portal.Store.ListServiceApplicationsAsync(organization)).Items);
    }

    [Fact]
    [Trait("Req", "R-REG-8")]
    public async Task AServiceThatKeepsItsOwnLogin_IsNotAppliedForHere_AndTheCheckSaysSo()
    {
        var (organization, administrator) = await RegisterAsync("admin@ship.example.jp", Industry.ShipManagement.Code);

        var applied = await _portal.Services.ApplyAsync(administrator, new ApplyForService { ServiceCode = Legacy.Code });

        Assert.Equal("service.own_login", applied.FirstError!.Code);
        Assert.Equal(ServiceAccess.OwnLogin, (await _portal.Services.GetEntitlementsAsync(organization)).Check(_portal.Member(administrator)!, Legacy.Code, Now));
    }

    [Fact]
    [Trait("Req", "R-SVC-1")]
    public async Task AnUnknownService_AWrongKind_AndASecondApplication_AreTypedErrors()
    {
        var (_, administrator) = await RegisterAsync("admin@ship.example.jp", Industry.NonLifeInsurer.Code);
        await _portal.Services.ApplyAsync(administrator, new ApplyForService { ServiceCode = Survey.Code });

        Assert.Equal("service.unknown", (await _portal.Services.ApplyAsync(administrator, new ApplyForService { ServiceCode = "nothing" })).FirstError!.Code);
        Assert.Equal("service_application.wrong_kind", (await _portal.Services.ApplyAsync(administrator, new ApplyForService { ServiceCode = WebNaccs.Code })).FirstError!.Code);
        Assert.Equal("service_application.already_applied", (await _portal.Services.ApplyAsync(administrator, new ApplyForService { ServiceCode = Survey.Code })).FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-SVC-4")]
    [Trait("Req", "R-SVC-5")]
    [Trait("Req", "R-ORG-5")]
    public async Task TheNaccsChange_IsReceived_Reviewed_Confirmed_WithNoticesToTheContactAndTheManager()
    {
        var (organization, administrator) = await RegisterAsync("admin@insure.example.jp", Industry.NonLifeInsurer.Code);

        var offSchedule = await _portal.Services.ApplyForChangeAsync(administrator, Change(new LocalDate(2025, 10, 2)));
        var applied = await _portal.Services.ApplyForChangeAsync(administrator, Change());

        Assert.Equal("service_application.start_date_off_schedule", Assert.Single(offSchedule.Warnings).Code);
        Assert.Empty(applied.Warnings);
        Assert.Equal((ServiceApplicationStatus.Received, "250002A"), (applied.Value.Status, applied.Value.ReceiptNumber));
        var id = applied.Value.Id;
        Assert.Equal(ServiceApplicationStatus.UnderReview, (await _portal.Services.StartReviewAsync(id, Desk)).Value.Status);
        var finished = await _portal.Services.FinishReviewAsync(id, Desk, new LocalDate(2025, 10, 2), [Terminal]);
        var confirmed = await _portal.Services.ConfirmAsync(id, Desk);

        Assert.Equal((ServiceApplicationStatus.Confirmed, new LocalDate(2025, 10, 2), new LocalDate(2025, 10, 1)), (confirmed.Value.Status, confirmed.Value.StartDate, confirmed.Value.Change!.DesiredStartDate));
        Assert.True(finished.Value.HasCredentials);
        foreach (var recipient in new[] { "hanako@insure.example.jp", "manager@insure.example.jp" })
        {
            var notices = (await DeliveredAsync(recipient)).Where(m => m.Subject.Contains("250002A", StringComparison.Ordinal)).ToList();
            Assert.Equal(3, notices.Count);
            Assert.Contains("受付が完了", notices[0].Subject, StringComparison.Ordinal);
            Assert.Contains("審査が終了", notices[1].Subject, StringComparison.Ordinal);
            Assert.Contains("確認完了", notices[2].Subject, StringComparison.Ordinal);
            Assert.Contains("利用開始希望日：2025-10-01", notices[2].Body, StringComparison.Ordinal);
            Assert.Contains("利用開始日：2025-10-02", notices[2].Body, StringComparison.Ordinal);
        }

        Assert.Equal(ServiceAccess.NotStarted, (await _portal.Services.GetEntitlementsAsync(organization)).Check(_portal.Member(administrator)!, WebNaccs.Code, Now));
    }

    [Fact]
    [Trait("Req", "R-SVC-5")]
    public async Task ReceiptNumbers_StayUniqueAndGapless_UnderAThousandConcurrentSubmissions()
    {
        var (_, administrator) = await RegisterAsync("admin@insure.example.jp", Industry.NonLifeInsurer.Code);
        var numbers = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, token) =>
        {
            using var scope = _portal.With();
            var applied = await scope.Services.ApplyForChangeAsync(administrator, Change(), token);
            numbers.Add(applied.IsSuccess ? applied.Value.ReceiptNumber : applied.FirstError!.Code);
        });

        Assert.Equal(Enumerable.Range(1, 1000).Select(n => $"25{n:D4}A"), numbers.Order(StringComparer.Ordinal));
        Assert.Equal(1000, (await _portal.Store.FindReceiptSequenceAsync(ReceiptNumberFormat.Naccs.SeriesOf(new LocalDate(2025, 9, 10))))!.Last);
    }

    [Fact]
    [Trait("Req", "R-SVC-6")]
    public async Task Credentials_AreViewable_FromTheEndOfReview_UntilTheDayAfterTheStartDate_EachLookAudited()
    {
        var (_, administrator) = await RegisterAsync("admin@insure.example.jp", Industry.NonLifeInsurer.Code);
        var id = (await _portal.Services.ApplyForChangeAsync(administrator, Change())).Value.Id;
        await _portal.Services.StartReviewAsync(id, Desk);

        var duringReview = await _portal.Services.ViewCredentialsAsync(administrator, id);
        await _portal.Services.FinishReviewAsync(id, Desk, new LocalDate(2025, 9, 12), [Terminal]);
        var afterReview = await _portal.Services.ViewCredentialsAsync(administrator, id);
        _portal.Clock.Reset(JapanClock.Instant(2025, 9, 13, 23, 59));
        var dayAfterStart = await _portal.Services.ViewCredentialsAsync(administrator, id);
        _portal.Clock.Reset(JapanClock.Instant(2025, 9, 14));
        var twoDaysAfter = await _portal.Services.ViewCredentialsAsync(administrator, id);

        Assert.Equal("service_application.credentials_not_visible", duringReview.FirstError!.Code);
        Assert.Equal(Terminal, Assert.Single(afterReview.Value));
        Assert.Equal(Terminal, Assert.Single(dayAfterStart.Value));
        Assert.Equal("service_application.credentials_not_visible", twoDaysAfter.FirstError!.Code);
        var looks = (await _portal.AuditLog.ListAsync(new AuditQuery { Action = ServiceAuditActions.ViewCredentials }, default)).Entries;
        Assert.Equal([AuditOutcome.Failed, AuditOutcome.Succeeded, AuditOutcome.Succeeded, AuditOutcome.Failed], looks.Select(e => e.Outcome));
        var stored = (await _portal.Store.FindServiceApplicationAsync(id))!;
        Assert.DoesNotContain(Terminal.TerminalAccessKey, stored.ProtectedCredentials!, StringComparison.Ordinal);
        Assert.DoesNotContain(Terminal.TerminalAccessKey, Terminal.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Terminal.AuthenticationCode1, string.Join('\n', looks.Select(e => e.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Req", "R-SVC-6")]
    public async Task TheApprovalNotice_IsProducedOnlyFromTheStartDate()
    {
        var (_, administrator) = await RegisterAsync("admin@insure.example.jp", Industry.NonLifeInsurer.Code);
        var id = (await _portal.Services.ApplyForChangeAsync(administrator, Change())).Value.Id;
        await _portal.Services.StartReviewAsync(id, Desk);
        await _portal.Services.FinishReviewAsync(id, Desk, new LocalDate(2025, 10, 1));
        await _portal.Services.ConfirmAsync(id, Desk);

        var early = await _portal.Services.GetApprovalNoticeAsync(administrator, id);
        _portal.Clock.Reset(JapanClock.Instant(2025, 10, 1));
        var onTheDay = await _portal.Services.GetApprovalNoticeAsync(administrator, id);

        Assert.Equal(("service_application.approval_notice_not_yet", "2025-10-01"), (early.FirstError!.Code, early.FirstError.Arguments.Single().Value));
        Assert.Equal(("250001A", "WebNACCS", new LocalDate(2025, 10, 1)), (onTheDay.Value.ReceiptNumber, onTheDay.Value.ServiceName, onTheDay.Value.StartDate));
        Assert.Equal("service_application.no_credentials", (await _portal.Services.ViewCredentialsAsync(administrator, id)).FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-SVC-7")]
    public async Task ABadChangeApplication_ReportsEveryField_AndNothingIsSaved()
    {
        var (organization, administrator) = await RegisterAsync("admin@insure.example.jp", Industry.NonLifeInsurer.Code);

        var empty = await _portal.Services.ApplyForChangeAsync(administrator, Change() with { Items = [], CertificateCount = -1, Reason = " ", DesiredStartDate = new LocalDate(2025, 9, 9) });
        var tooMany = await _portal.Services.ApplyForChangeAsync(administrator, Change() with { CertificateCount = 4, DesiredStartDate = new LocalDate(2025, 9, 23) });
        var none = await _portal.Services.ApplyForChangeAsync(administrator, Change() with { CertificateCount = 0 });
        var undated = await _portal.Services.ApplyForChangeAsync(administrator, Change() with { DesiredStartDate = default });
        var twice = await _portal.Services.ApplyForChangeAsync(administrator, Change() with { Items = [Add(ChangeItemKind.LogicalTerminal, "WT1"), Add(ChangeItemKind.LogicalTerminal, "WT1")], CertificateCount = 1 });

        Assert.Equal(
            [("service_application.no_items", "items"), ("service_application.count_out_of_range", "certificateCount"), ("field.required", "reason"), ("service_application.start_date_past", "desiredStartDate")],
            empty.Errors.Select(e => (e.Code, e.Target)));
        Assert.Equal([("service_application.too_many_certificates", "certificateCount"), ("service_application.start_date_not_business_day", "desiredStartDate")], tooMany.Errors.Select(e => (e.Code, e.Target)));
        Assert.Equal(("service_application.count_out_of_range", "1"), (none.FirstError!.Code, none.FirstError.Arguments[0].Value));
        Assert.Equal(("service_application.duplicate_item", "items[1]"), (twice.FirstError!.Code, twice.FirstError.Target));
        Assert.Equal(("field.required", "desiredStartDate"), (undated.FirstError!.Code, undated.FirstError.Target));
        Assert.Empty((await _portal.Store.ListServiceApplicationsAsync(organization)).Items);
        Assert.Null(await _portal.Store.FindReceiptSequenceAsync(ReceiptNumberFormat.Naccs.SeriesOf(new LocalDate(2025, 9, 10))));
    }

    [Fact]
    [Trait("Req", "R-SVC-4")]
    public async Task TheConfirmedStartDate_MustBeABusinessDay_NotPast()
    {
        var (_, administrator) = await RegisterAsync("admin@insure.example.jp", Industry.NonLifeInsurer.Code);
        var id = (await _portal.Services.ApplyForChangeAsync(administrator, Change())).Value.Id;
        await _portal.Services.StartReviewAsync(id, Desk);

        Assert.Equal("service_application.start_date_not_business_day", (await _portal.Services.FinishReviewAsync(id, Desk, new LocalDate(2025, 9, 23))).FirstError!.Code);
        Assert.Equal("service_application.start_date_past", (await _portal.Services.FinishReviewAsync(id, Desk, new LocalDate(2025, 9, 1))).FirstError!.Code);
        Assert.Equal("field.required", (await _portal.Services.FinishReviewAsync(id, Desk, new LocalDate(2025, 10, 1), [Terminal with { TerminalAccessKey = "" }])).FirstError!.Code);
        Assert.Equal(ServiceApplicationStatus.UnderReview, (await _portal.Store.FindServiceApplicationAsync(id))!.Status);
    }

    [Fact]
    [Trait("Req", "R-SVC-1")]
    public async Task AnotherOrganizationsAdministrator_CannotSeeTheApplication()
    {
        var (_, administrator) = await RegisterAsync("admin@insure.example.jp", Industry.NonLifeInsurer.Code);
        var (_, stranger) = await RegisterAsync("admin@other.example.jp", Industry.NonLifeInsurer.Code);
        var id = (await _portal.Services.ApplyForChangeAsync(administrator, Change())).Value.Id;

        Assert.Equal("permission.outside_organization", (await _portal.Services.GetAsync(stranger, id)).FirstError!.Code);
        Assert.Equal("permission.outside_organization", (await _portal.Services.ViewCredentialsAsync(stranger, id)).FirstError!.Code);
        Assert.Equal("service_application.not_found", (await _portal.Services.GetAsync(stranger, new ServiceApplicationId(Guid.CreateVersion7()))).FirstError!.Code);
        Assert.Single((await _portal.Services.ListAsync(administrator)).Value);
        Assert.Empty((await _portal.Services.ListAsync(stranger)).Value);
    }

    internal static ApplyForChange Change(LocalDate? desiredStart = null) => new()
    {
        ServiceCode = WebNaccs.Code,
        Items = [Add(ChangeItemKind.UserCode, "ABC01"), Add(ChangeItemKind.LogicalTerminal, "WT1"), Add(ChangeItemKind.LogicalTerminal, "WT2"), Add(ChangeItemKind.LogicalTerminal, "WT3")],
        CertificateCount = 3,
        Reason = "WebNACCSを追加するため",
        DesiredStartDate = desiredStart ?? new LocalDate(2025, 10, 1),
        Contact = new Contact("申込 花子", "hanako@insure.example.jp"),
    };

    private static ChangeItem Add(ChangeItemKind kind, string name) => new(kind, ChangeDirection.Add, name);

    private Instant Now => _portal.Clock.GetCurrentInstant();

    private async Task<(OrganizationId Organization, MemberId Administrator)> RegisterAsync(string administratorEmail, string industry)
    {
        var registration = TestPortal.Registration(administratorEmail, industry: industry);
        var domain = administratorEmail[(administratorEmail.IndexOf('@', StringComparison.Ordinal) + 1)..];
        registration = registration with { Organization = registration.Organization with { Manager = new Contact("管理 責任者", "manager@" + domain) } };
        var registered = await _portal.Organizations.RegisterHeadOfficeAsync(registration, ActorRef.Operator("operator"));
        return (registered.Value.OrganizationId, await _portal.AcceptAsync(administratorEmail));
    }

    private async Task<IReadOnlyList<Accounts.Notifications.MailMessage>> DeliveredAsync(string address)
    {
        await _portal.Dispatcher.DispatchAsync(1000);
        return _portal.Mail.DeliveredTo(address);
    }
}
