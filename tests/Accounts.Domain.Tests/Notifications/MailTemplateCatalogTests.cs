using Accounts.Members;
using Accounts.Messages;
using Accounts.Notifications;
using NodaTime;

namespace Accounts.Domain.Tests.Notifications;

public sealed class MailTemplateCatalogTests
{
    private static readonly OutboxMessage Invitation = new()
    {
        Id = OutboxMessageId.FromGuid(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")),
        Template = MemberMailTemplates.Invitation,
        To = ["tanaka@org.example.jp"],
        Language = Language.Japanese,
        Parameters =
        [
            new(MailParameterNames.OrganizationName, "海運管理株式会社"),
            new(MailParameterNames.InviteeName, "田中"),
            new(MailParameterNames.InviterName, "佐藤"),
            new(MailParameterNames.ExpiresAt, "2025-10-05 09:00 JST"),
            new(MailParameterNames.InvitationToken, "TOKEN123", IsSecret: true),
        ],
        CreatedAt = Instant.FromUtc(2025, 9, 28, 0, 0),
    };

    [Fact]
    public void Render_FillsTheTemplate_AndPutsTheTokenOnlyInsideTheLink()
    {
        var (subject, body) = MailTemplateCatalog.Default.Render(Invitation, new PortalLinks { InvitationUrl = "https://p.example/accept/{token}" }, "CCH Portal");

        Assert.Equal("【CCH Portal】海運管理株式会社からの招待", subject);
        Assert.Contains("田中 様", body, StringComparison.Ordinal);
        Assert.Contains("https://p.example/accept/TOKEN123", body, StringComparison.Ordinal);
        Assert.Equal(1, body.Split("TOKEN123").Length - 1);
        Assert.Contains("2025-10-05 09:00 JST", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InEnglish_UsesTheEnglishTemplate()
    {
        var (subject, _) = MailTemplateCatalog.Default.Render(Invitation with { Language = Language.English }, new PortalLinks(), "CCH Portal");

        Assert.Equal("[CCH Portal] Invitation from 海運管理株式会社", subject);
    }

    [Fact]
    public void AHost_ReplacesATemplate_ForItsPortalsWording()
    {
        var catalog = MailTemplateCatalog.Default.Override(new MailTemplate(MemberMailTemplates.Invitation, "招待：{organizationName}", "{invitationUrl}", "Invite", "{invitationUrl}"));

        var (subject, body) = catalog.Render(Invitation, new PortalLinks { InvitationUrl = "https://x/{token}" }, "P");

        Assert.Equal(("招待：海運管理株式会社", "https://x/TOKEN123"), (subject, body));
        Assert.Throws<ArgumentException>(() => catalog.Override(new MailTemplate("no.such", "s", "b", "s", "b")));
    }

    [Fact]
    public void ASecretWithoutALink_IsARenderingError_NeverLeftOut()
    {
        var stray = Invitation with { Parameters = [.. Invitation.Parameters, new("strayToken", "SECRET", IsSecret: true)] };

        var error = Assert.Throws<MailRenderingException>(() => MailTemplateCatalog.Default.Render(stray, new PortalLinks(), "P"));

        Assert.Contains("strayToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EverySecretParameterOfTheLibrary_HasALink_AndLinksNeedATokenPlace()
    {
        Assert.Contains(MailTemplateCatalog.Default.SecretLinks, link => link.Parameter == MailParameterNames.InvitationToken && link.Placeholder == "invitationUrl");
        Assert.Throws<ArgumentException>(() => new PortalLinks { InvitationUrl = "https://portal.example.com/accept" });
        Assert.Throws<ArgumentException>(() => new PortalLinks { SignInUrl = "javascript:alert(1)" });
    }

    [Fact]
    public void EveryTemplate_HasTheSamePlaceholdersInBothLanguages()
    {
        Assert.All(MailTemplateCatalog.Default.Templates, template =>
        {
            Assert.Equal(MessageTemplate.Placeholders(template.JapaneseSubject).Order(), MessageTemplate.Placeholders(template.EnglishSubject).Order());
            Assert.Equal(MessageTemplate.Placeholders(template.JapaneseBody).Distinct().Order(), MessageTemplate.Placeholders(template.EnglishBody).Distinct().Order());
        });
    }
}
