using Accounts.Organizations;

namespace Accounts.Domain.Tests.Organizations;

[Trait("Req", "R-ORG-5")]
public sealed class ApplicationNoticeRecipientsTests
{
    [Fact]
    public void ContactAndManager_BothReceiveTheNotices()
    {
        var recipients = ApplicationNoticeRecipients.For(new Contact("申込 担当", "tanto@example.jp"), new Contact("管理 責任者", "sekinin@example.jp"));

        Assert.Equal(["tanto@example.jp", "sekinin@example.jp"], recipients);
    }

    [Fact]
    public void APersonWhoIsBoth_IsNotifiedOnce()
    {
        var recipients = ApplicationNoticeRecipients.For(new Contact("A", "same@example.jp"), new Contact("A", "SAME@example.jp"));

        Assert.Equal(["same@example.jp"], recipients);
    }

    [Fact]
    public void WithoutAManager_TheContactIsNotified()
    {
        Assert.Equal(["tanto@example.jp"], ApplicationNoticeRecipients.For(new Contact("A", "tanto@example.jp"), null));
    }
}
