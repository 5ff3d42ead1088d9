using Accounts.SignIn;
using Accounts.Testing;

namespace Accounts.Domain.Tests.SignIn;

[Trait("Req", "R-PWD-6")]
public sealed class OneTimePasswordServiceTests
{
    [Fact]
    public async Task Enrollment_GivesABase32SecretAndAnOtpauthUri_AndStoresTheSecretEncrypted()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");

        var enrollment = (await portal.OneTimePasswords.BeginEnrollmentAsync(administrator)).Value;

        var secret = enrollment.Secret.Reveal();
        Assert.Matches("^[A-Z2-7]{32}$", secret);
        Assert.StartsWith("otpauth://totp/Accounts%20Portal:taro%40org.example.jp?secret=" + secret, enrollment.Uri.Reveal(), StringComparison.Ordinal);
        var stored = portal.Member(administrator)!.Credential!.OneTimePassword!;
        Assert.False(stored.Confirmed);
        Assert.StartsWith("v2.", stored.ProtectedSecret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, stored.ProtectedSecret, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachEnrollment_DrawsAFreshSecretOfThePolicysLength_NeverAllZero()
    {
        var portal = new TestPortal();
        var (_, first) = await portal.RegisterOrganizationAsync("taro@org.example.jp");
        var (_, second) = await portal.RegisterOrganizationAsync("hanako@other.example.jp");

        var secrets = new List<byte[]>();
        foreach (var member in new[] { first, second, first })
        {
            var enrollment = (await portal.OneTimePasswords.BeginEnrollmentAsync(member)).Value;
            Assert.True(Base32.TryDecode(enrollment.Secret.Reveal(), out var bytes));
            secrets.Add(bytes);
        }

        Assert.All(secrets, secret => Assert.Equal(OneTimePasswordPolicy.Default.SecretLength, secret.Length));
        Assert.All(secrets, secret => Assert.Contains(secret, b => b != 0));
        Assert.Equal(3, secrets.Select(Convert.ToHexString).Distinct().Count());
    }

    [Fact]
    public async Task ADisabledOrInvitedAccount_CannotEnroll_AndNothingIsStored()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");
        var disabled = await portal.InviteAndAcceptAsync(administrator, "jiro@org.example.jp");
        await portal.Members.DisableAsync(administrator, disabled);
        var invited = (await portal.Invitations.InviteAsync(administrator, new Accounts.Members.InviteMember { Email = "saburo@org.example.jp", DisplayName = "Saburo" })).Value.MemberId;

        var fromDisabled = await portal.OneTimePasswords.BeginEnrollmentAsync(disabled);
        var fromInvited = await portal.OneTimePasswords.BeginEnrollmentAsync(invited);

        Assert.Equal(("permission.actor_inactive", "permission.actor_inactive"), (fromDisabled.FirstError?.Code, fromInvited.FirstError?.Code));
        Assert.Null(portal.Member(disabled)!.Credential!.OneTimePassword);
        Assert.Null(portal.Member(invited)!.Credential?.OneTimePassword);
    }

    [Fact]
    public async Task Confirmation_NeedsAValidCode_AndSendsAConfirmationMail()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync("taro@org.example.jp");
        var enrollment = (await portal.OneTimePasswords.BeginEnrollmentAsync(administrator)).Value;
        var app = new SignInServiceTests.Authenticator(enrollment.Secret.Reveal());
        var code = app.CodeAt(portal.Clock.GetCurrentInstant());

        var wrong = await portal.OneTimePasswords.ConfirmEnrollmentAsync(administrator, code == "000000" ? "111111" : "000000");
        var right = await portal.OneTimePasswords.ConfirmEnrollmentAsync(administrator, code);
        var twice = await portal.OneTimePasswords.ConfirmEnrollmentAsync(administrator, code);
        var restart = await portal.OneTimePasswords.BeginEnrollmentAsync(administrator);

        Assert.Equal("otp.invalid_code", wrong.FirstError!.Code);
        Assert.True(right.IsSuccess);
        Assert.Equal("otp.already_enrolled", twice.FirstError!.Code);
        Assert.Equal("otp.already_enrolled", restart.FirstError!.Code);
        Assert.Equal(OneTimePasswordMailTemplates.Enabled, portal.Database.OutboxMessages[^1].Template);
    }

    [Fact]
    public async Task ConfirmingWithoutEnrolling_IsATypedError()
    {
        var portal = new TestPortal();
        var (_, administrator) = await portal.RegisterOrganizationAsync();

        Assert.Equal("otp.not_enrolled", (await portal.OneTimePasswords.ConfirmEnrollmentAsync(administrator, "123456")).FirstError!.Code);
        Assert.Equal("member.not_found", (await portal.OneTimePasswords.BeginEnrollmentAsync(Accounts.Members.MemberId.FromGuid(Guid.NewGuid()))).FirstError!.Code);
    }
}
