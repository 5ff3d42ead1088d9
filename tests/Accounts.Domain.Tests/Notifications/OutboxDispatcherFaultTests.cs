using Accounts.Members;
using Accounts.Notifications;
using Accounts.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Accounts.Domain.Tests.Notifications;

/// <summary>The dispatcher against a failing provider with two workers (hardening issue, points 3 and 18).</summary>
public sealed class OutboxDispatcherFaultTests
{
    private static readonly OutboxPolicy Policy = OutboxPolicy.Default with { MaxAttempts = 4, Lease = Duration.FromMinutes(5), FirstRetryDelay = Duration.FromSeconds(30), MaxRetryDelay = Duration.FromMinutes(10) };

    [Fact]
    public async Task TwoWorkersFailingTheSameMessageAtOnce_CountOneAttempt_AndNeverExceedTheMaximum()
    {
        var policy = OutboxPolicy.Default with { MaxAttempts = 1 };
        var sender = new StallingMailSender(policy.Lease + Duration.FromSeconds(1));
        var portal = new TestPortal(options => options.Outbox = policy, mailSender: sender);
        (sender.Clock, sender.Recorder) = (portal.Clock, portal.Mail);
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "single@org.example.jp", DisplayName = "S" });
        sender.Armed = true;

        var first = portal.Dispatcher.DispatchAsync().AsTask();
        await sender.Stalled;

        // The first worker's lease ran out while its provider stalled: the second claims the same message and fails it.
        var second = await portal.Dispatcher.DispatchAsync();
        sender.Release();
        var firstReport = await first;

        var message = Assert.Single(portal.Database.OutboxMessages, m => m.To.Contains("single@org.example.jp"));
        Assert.Equal((OutboxStatus.Abandoned, 1), (message.Status, message.Attempts));
        Assert.False(string.IsNullOrEmpty(message.LastError));
        Assert.Equal(new DispatchReport(0, 0, 1), second);
        Assert.Equal(new DispatchReport(0, 0, 0), firstReport);
    }

    [Fact]
    public void Property_WithARandomlyFailingProviderAndTwoWorkers_EveryMessageIsDeliveredOnceOrAbandonedWithAReason_AndNoneIsBlocked()
    {
        var scripts = Gen.Elements(SenderBehaviour.Succeed, SenderBehaviour.Throw, SenderBehaviour.TimeOut, SenderBehaviour.Stall, SenderBehaviour.SucceedThenThrow)
            .ArrayOf()
            .Where(script => script.Length > 0);

        var played = new HashSet<SenderBehaviour>();
        var (duplicatesIgnored, abandoned) = (0, 0);
        Prop.ForAll(scripts.ToArbitrary(), script =>
        {
            var chaos = new ChaosMailSender();
            var portal = PortalWithMailAsync(chaos, Policy, invitations: 6).GetAwaiter().GetResult();
            var handedOverBefore = portal.Mail.Delivered.Count;
            chaos.Script = script;
            for (var round = 0; round < 200 && portal.Database.OutboxMessages.Any(m => m.Status == OutboxStatus.Pending); round++)
            {
                Task.WhenAll(portal.Dispatcher.DispatchAsync(3).AsTask(), portal.Dispatcher.DispatchAsync(3).AsTask()).GetAwaiter().GetResult();
                portal.Clock.Advance(Policy.MaxRetryDelay + Policy.Lease);
            }

            var messages = portal.Database.OutboxMessages.Where(m => m.To.Any(to => to.StartsWith("person", StringComparison.Ordinal))).ToList();
            var deliveries = portal.Mail.Delivered.Skip(handedOverBefore).GroupBy(m => m.IdempotencyKey).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(6, messages.Count);
            Assert.All(messages, message =>
            {
                Assert.NotEqual(OutboxStatus.Pending, message.Status);
                Assert.InRange(message.Attempts, 0, Policy.MaxAttempts);
                if (message.Status == OutboxStatus.Sent)
                {
                    Assert.Equal(1, deliveries.GetValueOrDefault(message.Id.ToString()));
                }
                else
                {
                    Assert.Equal(OutboxStatus.Abandoned, message.Status);
                    Assert.False(string.IsNullOrEmpty(message.LastError));
                    Assert.InRange(deliveries.GetValueOrDefault(message.Id.ToString()), 0, 1);
                }
            });
            Assert.All(deliveries.Values, count => Assert.Equal(1, count));
            played.UnionWith(chaos.Played.Keys);
            duplicatesIgnored += portal.Mail.DuplicatesIgnored;
            abandoned += messages.Count(m => m.Status == OutboxStatus.Abandoned);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));

        // The runs met every kind of fault, second hand-overs of delivered mail, and abandonment.
        Assert.Equal(Enum.GetValues<SenderBehaviour>().Length, played.Count);
        Assert.True(duplicatesIgnored > 0);
        Assert.True(abandoned > 0);
    }

    private static async Task<TestPortal> PortalWithMailAsync(ChaosMailSender chaos, OutboxPolicy policy, int invitations)
    {
        var portal = new TestPortal(options => options.Outbox = policy, mailSender: chaos);
        (chaos.Recorder, chaos.Clock, chaos.Stall) = (portal.Mail, portal.Clock, policy.Lease + Duration.FromSeconds(1));
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        for (var i = 0; i < invitations; i++)
        {
            Assert.True((await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = $"person{i}@org.example.jp", DisplayName = "P" })).IsSuccess);
        }

        return portal;
    }
}
