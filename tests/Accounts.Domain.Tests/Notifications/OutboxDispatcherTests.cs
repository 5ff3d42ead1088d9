using Accounts.InMemory;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Testing;

namespace Accounts.Domain.Tests.Notifications;

[Trait("Req", "R-ACC-6")]
public sealed class OutboxDispatcherTests
{
    [Fact]
    public async Task Dispatch_SendsPendingMail_WithItsIdentifierAsIdempotencyKey_AndErasesTheToken()
    {
        var portal = new TestPortal();
        await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("admin@org.example.jp"), Accounts.Auditing.ActorRef.Operator("op"));
        var message = Assert.Single(portal.Database.OutboxMessages);
        Assert.NotEmpty(message.Parameter(MailParameterNames.InvitationToken)!);

        var report = await portal.Dispatcher.DispatchAsync();

        Assert.Equal(new DispatchReport(1, 0, 0), report);
        var mail = Assert.Single(portal.Mail.Delivered);
        Assert.Equal(message.Id.ToString(), mail.IdempotencyKey);
        Assert.Contains("https://portal.example.com/invitations/accept?token=", mail.Body, StringComparison.Ordinal);
        var sent = Assert.Single(portal.Database.OutboxMessages);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(string.Empty, sent.Parameter(MailParameterNames.InvitationToken));
        Assert.Equal(new DispatchReport(0, 0, 0), await portal.Dispatcher.DispatchAsync());
    }

    [Fact]
    public async Task AFailingSender_LeavesTheMailPending_ForTheNextRun()
    {
        var recorder = new RecordingMailSender();
        var flaky = new FailingMailSender(recorder, failures: 2);
        var portal = new TestPortal(mailSender: flaky);
        await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("admin@org.example.jp"), Accounts.Auditing.ActorRef.Operator("op"));

        // A failed delivery is tried again after its retry delay, not at once.
        var first = await portal.Dispatcher.DispatchAsync();
        portal.Clock.AdvanceHours(1);
        var second = await portal.Dispatcher.DispatchAsync();
        portal.Clock.AdvanceHours(1);
        var third = await portal.Dispatcher.DispatchAsync();

        Assert.Equal((new DispatchReport(0, 1, 0), new DispatchReport(0, 1, 0), new DispatchReport(1, 0, 0)), (first, second, third));
        Assert.Single(recorder.Delivered);
        var message = Assert.Single(portal.Database.OutboxMessages);
        Assert.Equal((OutboxStatus.Sent, 2, "IOException"), (message.Status, message.Attempts, message.LastError));
    }

    [Fact]
    public async Task AfterTooManyFailures_TheMailIsAbandoned_AndItsTokenErased()
    {
        var portal = new TestPortal(options => options.Outbox = OutboxPolicy.Default with { MaxAttempts = 3 }, mailSender: new FailingMailSender(new RecordingMailSender(), failures: 100));
        await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("admin@org.example.jp"), Accounts.Auditing.ActorRef.Operator("op"));

        await portal.Dispatcher.DispatchAsync();
        portal.Clock.AdvanceHours(1);
        await portal.Dispatcher.DispatchAsync();
        portal.Clock.AdvanceHours(1);
        var last = await portal.Dispatcher.DispatchAsync();

        Assert.Equal(new DispatchReport(0, 0, 1), last);
        var message = Assert.Single(portal.Database.OutboxMessages);
        Assert.Equal(OutboxStatus.Abandoned, message.Status);
        Assert.Equal(string.Empty, message.Parameter(MailParameterNames.InvitationToken));
        Assert.Equal(0, (await portal.Outbox.GetBacklogAsync(default)).Pending);
    }

    [Fact]
    public async Task ACrashBetweenSendingAndRecording_SendsAgainWithTheSameKey_AndTheSenderDeliversOnce()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "once@org.example.jp", DisplayName = "Once" });
        var pending = portal.Database.OutboxMessages.Single(m => m.To.Contains("once@org.example.jp"));
        var (subject, body) = portal.Policies.MailTemplates.Render(pending, portal.Policies.Links, portal.Policies.PortalName);

        // The process sent the mail and died before marking it sent.
        await portal.Mail.SendAsync(new MailMessage(pending.Id.ToString(), pending.To, subject, body), default);
        await portal.Dispatcher.DispatchAsync();

        Assert.Single(portal.Mail.DeliveredTo("once@org.example.jp"));
        Assert.Equal(1, portal.Mail.DuplicatesIgnored);
    }

    [Fact]
    public async Task NothingIsLost_WhenTheStateChangeIsSaved_MailIsInTheSameCommit()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();

        for (var i = 0; i < 20; i++)
        {
            await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = $"p{i}@org.example.jp", DisplayName = "P" });
        }

        await portal.Dispatcher.DispatchAsync(maxCount: 7);
        await portal.Dispatcher.DispatchAsync(maxCount: 100);

        Assert.Equal(21, portal.Mail.Delivered.Count);
        Assert.Equal(21, portal.Database.CountOf(MemberSnapshot.Aggregate));
    }

    [Fact]
    public async Task AMessageThatCannotBeRendered_IsAbandonedWithTheReason_AndTheQueueMovesOn()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        await portal.Dispatcher.DispatchAsync();
        var unknown = new OutboxMessage
        {
            Id = OutboxMessageId.FromGuid(Guid.NewGuid()),
            Template = "no.such_template",
            To = ["x@org.example.jp"],
            Language = "ja",
            CreatedAt = portal.Clock.GetCurrentInstant(),
        };
        await portal.UnitOfWork.CommitAsync(new Accounts.Storage.ChangeSet { Mail = [unknown] }, default);
        await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "after@org.example.jp", DisplayName = "After" });

        var report = await portal.Dispatcher.DispatchAsync();

        Assert.Equal(new DispatchReport(1, 0, 1), report);
        var abandoned = portal.Database.OutboxMessages.Single(m => m.Id == unknown.Id);
        Assert.Equal(OutboxStatus.Abandoned, abandoned.Status);
        Assert.Contains("no.such_template", abandoned.LastError, StringComparison.Ordinal);
        Assert.Single(portal.Mail.DeliveredTo("after@org.example.jp"));
    }
}
