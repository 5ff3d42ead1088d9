using Accounts.Notifications;

namespace Accounts.InMemory.Tests;

public sealed class RecordingMailSenderTests
{
    [Fact]
    public async Task TheSameIdempotencyKey_IsDeliveredOnce()
    {
        var sender = new RecordingMailSender();
        var message = new MailMessage("msg_1", ["a@example.jp"], "Subject", "Body");

        await sender.SendAsync(message, default);
        await sender.SendAsync(message with { Body = "Again" }, default);
        await sender.SendAsync(message with { IdempotencyKey = "msg_2" }, default);

        Assert.Equal(["msg_1", "msg_2"], sender.Delivered.Select(m => m.IdempotencyKey));
        Assert.Equal(1, sender.DuplicatesIgnored);
        Assert.Equal(2, sender.DeliveredTo("A@example.jp").Count);
        Assert.DoesNotContain("Body", message.ToString(), StringComparison.Ordinal);
    }
}
