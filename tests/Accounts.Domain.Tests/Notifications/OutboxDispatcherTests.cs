using Accounts.InMemory;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

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

    [Fact]
    public async Task ARun_MarksTheMailItDelivered_InOneWrite()
    {
        var (portal, outbox, _) = await PortalWithInvitationsAsync(5);

        var report = await portal.Dispatcher.DispatchAsync();

        Assert.Equal(new DispatchReport(5, 0, 0), report);
        var (_, ids) = Assert.Single(outbox.SentMarks);
        Assert.Equal(5, ids.Length);
        Assert.All(portal.Database.OutboxMessages, m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task ACancelledRun_StillMarksTheMailItHandedOver_SoItIsNotSentAgain()
    {
        var (portal, _, sender) = await PortalWithInvitationsAsync(3);
        var before = portal.Mail.Delivered.Count;
        using var cancellation = new CancellationTokenSource();
        sender.AfterEach = () =>
        {
            if (portal.Mail.Delivered.Count - before == 2)
            {
                cancellation.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => portal.Dispatcher.DispatchAsync(cancellationToken: cancellation.Token).AsTask());

        var handedOver = portal.Mail.Delivered.Skip(before).Select(m => m.IdempotencyKey).Order();
        var sent = portal.Database.OutboxMessages.Where(m => m.Status == OutboxStatus.Sent && m.To[0].StartsWith("person", StringComparison.Ordinal)).Select(m => m.Id.ToString()).Order();
        Assert.Equal(2, handedOver.Count());
        Assert.Equal(handedOver, sent);
    }

    [Fact]
    public async Task ASlowRun_MarksWhatItDelivered_BeforeTheLeaseRunsOut()
    {
        var (portal, outbox, sender) = await PortalWithInvitationsAsync(5);

        // Each delivery takes two minutes of a five-minute lease.
        sender.AfterEach = () => portal.Clock.Advance(Duration.FromMinutes(2));
        var report = await portal.Dispatcher.DispatchAsync();

        // Half the lease is gone after the second delivery: those two are marked together, the rest one by one.
        Assert.Equal(5, report.Sent);
        Assert.Equal([2, 1, 1, 1], outbox.SentMarks.Select(mark => mark.Ids.Length));
        var (firstAt, firstIds) = outbox.SentMarks[0];
        Assert.True(firstAt < outbox.ClaimedAt[firstIds[0]] + portal.Policies.Outbox.Lease);
    }

    [Fact]
    public async Task ASenderTimingOutOnItsOwn_IsARecordedFailedAttempt_AndTheQueueMovesOn()
    {
        var (portal, _, sender) = await PortalWithInvitationsAsync(3);
        var timedOut = false;

        // The first delivery times out inside the sender, as HttpClient does: not the dispatcher's cancellation.
        sender.BeforeEach = _ =>
        {
            if (!timedOut)
            {
                timedOut = true;
                throw new TaskCanceledException("The mail API did not answer within 100 seconds.");
            }
        };

        var report = await portal.Dispatcher.DispatchAsync();

        Assert.Equal(new DispatchReport(2, 1, 0), report);
        var failed = Assert.Single(portal.Database.OutboxMessages, m => m.Status == OutboxStatus.Pending);
        Assert.Equal((1, nameof(TaskCanceledException)), (failed.Attempts, failed.LastError));
        Assert.NotNull(failed.NextAttemptAt);
    }

    /// <summary>A portal whose outbox holds the given number of invitations, with the outbox's calls recorded and a sender that can run a callback.</summary>
    private static async Task<(TestPortal Portal, RecordingOutbox Outbox, CallbackMailSender Sender)> PortalWithInvitationsAsync(int invitations)
    {
        var portal = new TestPortal(services: services =>
        {
            services.AddSingleton(provider => new RecordingOutbox(new InMemoryOutbox(provider.GetRequiredService<InMemoryDatabase>())));
            services.Replace(ServiceDescriptor.Singleton<IOutbox>(provider => provider.GetRequiredService<RecordingOutbox>()));
            services.AddSingleton(provider => new CallbackMailSender(provider.GetRequiredService<RecordingMailSender>()));
            services.Replace(ServiceDescriptor.Singleton<IMailSender>(provider => provider.GetRequiredService<CallbackMailSender>()));
        });
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        for (var i = 0; i < invitations; i++)
        {
            var invited = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = $"person{i}@org.example.jp", DisplayName = "Person" });
            Assert.True(invited.IsSuccess, string.Join(", ", invited.Errors));
        }

        var outbox = portal.Get<RecordingOutbox>();
        outbox.SentMarks.Clear();
        return (portal, outbox, portal.Get<CallbackMailSender>());
    }
}
