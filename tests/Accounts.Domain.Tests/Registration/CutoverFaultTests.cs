using Accounts.InMemory;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Registration;
using Accounts.Storage;
using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Accounts.Domain.Tests.Registration.CampaignScenario;

namespace Accounts.Domain.Tests.Registration;

public sealed class CutoverFaultTests
{
    [Theory]
    [Trait("Req", "R-REG-4")]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task AStoreAndAMailSenderFailingAtRandom_AfterReruns_NothingMissingNothingDoubled(int seed)
    {
        var random = new Random(seed);
        using var portal = Portal(options => options.Campaign = RegistrationCampaign.ClassNk2025 with { CutoverBatchSize = 3 });
        var expected = new List<string>();
        for (var company = 0; company < 20; company++)
        {
            var account = await ImportAsync(portal, $"NK-{company:D3}");
            var people = Enumerable.Range(0, 4).Select(p => p == 0 ? Administrator($"admin{company}@c{company}.example.jp") : General($"user{p}@c{company}.example.jp")).ToArray();
            await PreRegisterAsync(portal, account, "会社" + (char)('Ａ' + company), people);
            expected.AddRange(people.Select(p => p.Email));
        }

        portal.Clock.Reset(CutoverMorning);
        var faulty = new UnreliableUnitOfWork(new InMemoryUnitOfWork(portal.Database), () => random.NextDouble() < 0.3);
        var sender = new FailingMailSender(portal.Mail, failures: 7);
        using var faultyPortal = portal.With(services: services => services.AddSingleton<IUnitOfWork>(faulty).AddSingleton<IMailSender>(sender));
        CutoverReport? report = null;
        for (var attempt = 0; attempt < 200 && report is null; attempt++)
        {
            try
            {
                var run = await faultyPortal.Cutover.RunAsync(Manager);
                report = run.IsSuccess ? run.Value : null;
            }
            catch (IOException)
            {
                // The operator runs it again.
            }
        }

        for (var round = 0; round < 50 && portal.Database.OutboxMessages.Any(m => m.Status != OutboxStatus.Sent); round++)
        {
            portal.Clock.Advance(NodaTime.Duration.FromHours(1));
            await faultyPortal.Dispatcher.DispatchAsync(1000);
        }

        Assert.NotNull(report);
        Assert.True(faulty.Failures > 0, "no commit failed");
        Assert.True(faulty.FailuresAfterCommit > 0, "no commit lost its answer");
        Assert.Equal(expected.Count, report.IssuedPeople + report.AlreadyIssuedPeople);
        Assert.Equal(expected.Count, portal.Database.OutboxMessages.Count);
        Assert.Equal(expected.Count + 7, sender.Attempts);
        Assert.Equal(expected.Order(StringComparer.Ordinal), portal.Mail.Delivered.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count, portal.Database.CountOf(MemberSnapshot.Aggregate));
    }
}
