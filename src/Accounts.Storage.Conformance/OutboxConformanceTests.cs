using Accounts.Notifications;
using NodaTime;
using Xunit;

namespace Accounts.Storage.Conformance;

/// <summary>The outbox: due messages claimed oldest first under a lease, marked once by their claimant, secrets erased when done.</summary>
/// <typeparam name="TFactory">The adapter's factory.</typeparam>
public abstract class OutboxConformanceTests<TFactory>(TFactory factory) : StorageConformanceTests<TFactory>(factory)
    where TFactory : class, IConformanceStorageFactory
{
    private static readonly Duration Lease = Duration.FromMinutes(5);

    private IOutbox Outbox => Storage.Outbox;

    /// <summary>Claims take due messages in the order they were written, up to the count asked.</summary>
    [ConformanceFact]
    public async Task AClaim_TakesTheOldestFirst_UpToTheCount()
    {
        var messages = Enumerable.Range(0, 5).Select(i => Samples.Mail($"{i}@example.jp", Samples.At + Duration.FromSeconds(i))).ToList();
        await WriteAsync(messages[0], messages[1]);
        await WriteAsync(messages[2]);
        await WriteAsync(messages[3], messages[4]);

        var claimed = await Outbox.ClaimAsync(new OutboxClaim("a", Samples.At + Duration.FromMinutes(1), Lease, 3), default);

        Assert.Equal(messages.Take(3).Select(m => m.Id), claimed.Select(m => m.Id));
        Assert.All(claimed, m => Assert.Equal(("a", Samples.At + Duration.FromMinutes(1) + Lease), (m.ClaimedBy, m.ClaimExpiresAt!.Value)));
    }

    /// <summary>A claimed message is not claimed again until its lease runs out; then another dispatcher may take it.</summary>
    [ConformanceFact]
    public async Task AClaimedMessage_IsNotClaimedAgain_UntilItsLeaseRunsOut()
    {
        var message = Samples.Mail("a@example.jp");
        await WriteAsync(message);
        var now = Samples.At + Duration.FromMinutes(1);

        var first = await Outbox.ClaimAsync(new OutboxClaim("a", now, Lease, 10), default);
        var during = await Outbox.ClaimAsync(new OutboxClaim("b", now + Lease - Duration.FromSeconds(1), Lease, 10), default);
        var after = await Outbox.ClaimAsync(new OutboxClaim("b", now + Lease, Lease, 10), default);

        Assert.Single(first);
        Assert.Empty(during);
        Assert.Equal(message.Id, Assert.Single(after).Id);
        Assert.False(await Outbox.MarkSentAsync(message.Id, "a", now + Lease, default));
        Assert.True(await Outbox.MarkSentAsync(message.Id, "b", now + Lease, default));
    }

    /// <summary>Only the claimant marks a message sent, once, and the secret parameter values are erased.</summary>
    [ConformanceFact]
    public async Task MarkingSent_IsDoneOnceByTheClaimant_AndErasesSecrets()
    {
        var message = Samples.Mail("a@example.jp");
        await WriteAsync(message);
        var now = Samples.At + Duration.FromMinutes(1);
        await Outbox.ClaimAsync(new OutboxClaim("a", now, Lease, 10), default);

        Assert.False(await Outbox.MarkSentAsync(message.Id, "intruder", now, default));
        Assert.True(await Outbox.MarkSentAsync(message.Id, "a", now, default));
        Assert.False(await Outbox.MarkSentAsync(message.Id, "a", now, default));

        Assert.Empty(await Outbox.ClaimAsync(new OutboxClaim("b", now + Duration.FromDays(1), Lease, 10), default));
        Assert.Equal(0, (await Outbox.GetBacklogAsync(default)).Pending);
        var secretsLeft = await SecretValuesAsync(message.Id);
        Assert.Equal(0, secretsLeft);
    }

    /// <summary>Marking several sent at once marks those the claimant holds, each once, erases their secrets, and leaves the rest.</summary>
    [ConformanceFact]
    public async Task MarkingSeveralSent_MarksOnlyWhatTheClaimantHolds_AndErasesSecrets()
    {
        var messages = Enumerable.Range(0, 4).Select(i => Samples.Mail($"{i}@example.jp", Samples.At + Duration.FromSeconds(i))).ToList();
        await WriteAsync([.. messages]);
        var now = Samples.At + Duration.FromMinutes(1);
        await Outbox.ClaimAsync(new OutboxClaim("a", now, Lease, 3), default);
        await Outbox.ClaimAsync(new OutboxClaim("b", now, Lease, 3), default);

        var marked = await Outbox.MarkSentAsync([messages[0].Id, messages[1].Id, messages[3].Id, messages[0].Id], "a", now, default);
        var again = await Outbox.MarkSentAsync([messages[0].Id], "a", now, default);
        var none = await Outbox.MarkSentAsync([], "a", now, default);

        Assert.Equal((2, 0, 0), (marked, again, none));
        Assert.Equal(2, (await Outbox.GetBacklogAsync(default)).Pending);
        Assert.Equal(0, await SecretValuesAsync(messages[0].Id) + await SecretValuesAsync(messages[1].Id));
        Assert.Equal(1, await SecretValuesAsync(messages[3].Id));
        Assert.True(await Outbox.MarkSentAsync(messages[2].Id, "a", now, default));
        Assert.True(await Outbox.MarkSentAsync(messages[3].Id, "b", now, default));
    }

    /// <summary>A failed attempt is counted, releases the message, and makes it due again at the retry time.</summary>
    [ConformanceFact]
    public async Task AFailedAttempt_IsCounted_AndTheMessageIsDueAgainAtItsRetryTime()
    {
        var message = Samples.Mail("a@example.jp");
        await WriteAsync(message);
        var now = Samples.At + Duration.FromMinutes(1);
        await Outbox.ClaimAsync(new OutboxClaim("a", now, Lease, 10), default);

        Assert.True(await Outbox.MarkFailedAsync(message.Id, "a", new OutboxFailure(now, "IOException", now + Duration.FromMinutes(10)), default));
        var early = await Outbox.ClaimAsync(new OutboxClaim("b", now + Duration.FromMinutes(9), Lease, 10), default);
        var due = await Outbox.ClaimAsync(new OutboxClaim("b", now + Duration.FromMinutes(10), Lease, 10), default);

        Assert.Empty(early);
        var retried = Assert.Single(due);
        Assert.Equal((1, "IOException"), (retried.Attempts, retried.LastError));
    }

    /// <summary>A message failed without a retry time is abandoned: never claimed again, secrets erased.</summary>
    [ConformanceFact]
    public async Task AFailureWithoutRetry_AbandonsTheMessage()
    {
        var message = Samples.Mail("a@example.jp");
        await WriteAsync(message);
        var now = Samples.At + Duration.FromMinutes(1);
        await Outbox.ClaimAsync(new OutboxClaim("a", now, Lease, 10), default);

        Assert.True(await Outbox.MarkFailedAsync(message.Id, "a", new OutboxFailure(now, "unknown template", null), default));

        Assert.Empty(await Outbox.ClaimAsync(new OutboxClaim("b", now + Duration.FromDays(30), Lease, 10), default));
        Assert.Equal(0, (await Outbox.GetBacklogAsync(default)).Pending);
        Assert.Equal(0, await SecretValuesAsync(message.Id));
    }

    /// <summary>Dispatchers claiming at the same moment never share a message.</summary>
    [ConformanceFact]
    public async Task ConcurrentClaims_NeverShareAMessage()
    {
        await WriteAsync([.. Enumerable.Range(0, 100).Select(i => Samples.Mail($"{i}@example.jp", Samples.At + Duration.FromMilliseconds(i)))]);
        var now = Samples.At + Duration.FromMinutes(1);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            await Outbox.ClaimAsync(new OutboxClaim("d" + i, now, Lease, 20), default))));

        var ids = claims.SelectMany(c => c.Select(m => m.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(100, ids.Count);
    }

    /// <summary>The backlog counts pending messages and names when the oldest was written; sent ones leave it.</summary>
    [ConformanceFact]
    public async Task TheBacklog_CountsPendingMessages_AndTheOldest()
    {
        Assert.Equal(new OutboxBacklog(0, null), await Outbox.GetBacklogAsync(default));
        var first = Samples.Mail("a@example.jp", Samples.At);
        await WriteAsync(first, Samples.Mail("b@example.jp", Samples.At + Duration.FromSeconds(5)));
        Assert.Equal(new OutboxBacklog(2, Samples.At), await Outbox.GetBacklogAsync(default));

        var now = Samples.At + Duration.FromMinutes(1);
        await Outbox.ClaimAsync(new OutboxClaim("a", now, Lease, 1), default);
        await Outbox.MarkSentAsync(first.Id, "a", now, default);

        Assert.Equal(new OutboxBacklog(1, Samples.At + Duration.FromSeconds(5)), await Outbox.GetBacklogAsync(default));
    }

    /// <summary>How many secret parameter values of a message are not yet erased, as the next claim would see them; -1 when it cannot be claimed.</summary>
    /// <param name="id">The message.</param>
    /// <remarks>The port has no read of one message; an adapter overrides this to look in its storage.</remarks>
    protected abstract Task<int> SecretValuesAsync(OutboxMessageId id);

    private async Task WriteAsync(params OutboxMessage[] messages) =>
        Assert.True((await TryCommitAsync(new ChangeSet { Mail = [.. messages] })).IsCommitted);
}
