using Accounts.Auditing;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Testing;
using NodaTime;

namespace Accounts.Domain.Tests.Secrets;

/// <summary>
/// R-PWD-7: passwords and secrets are never stored or shown in clear. Walks every journey that
/// handles one, collects each secret it saw, then searches everything a log could print for them.
/// </summary>
[Trait("Req", "R-PWD-7")]
public sealed class NoSecretLeakTests
{
    [Fact]
    public async Task NoPasswordHashSaltTokenOrTotpSecret_AppearsInToStringAuditOutboxOrExceptions()
    {
        var portal = new TestPortal();
        var secrets = new List<string>();
        var printed = new List<string>();

        var registered = await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("nexi@org.example.jp", AdministratorProvisioning.InitialPassword), ActorRef.Operator("op"));
        var initialPassword = registered.Value.InitialPassword!.Reveal();
        secrets.Add(initialPassword);
        printed.Add(registered.ToString());
        printed.Add(registered.Value.ToString());

        var administrator = registered.Value.AdministratorId;
        const string Chosen = "Chosen#Pass2025";
        secrets.Add(Chosen);
        printed.Add((await portal.Passwords.ChangePasswordAsync(administrator, initialPassword, Chosen)).ToString());

        var invited = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "guest@org.example.jp", DisplayName = "Guest" });
        printed.Add(invited.Value.ToString());
        var token = await portal.LatestTokenAsync("guest@org.example.jp");
        secrets.Add(token);
        var accept = new AcceptInvitation { Token = token, Password = TestPortal.Password };
        secrets.Add(TestPortal.Password);
        printed.Add(accept.ToString());
        printed.Add((await portal.Invitations.AcceptInvitationAsync(accept)).ToString());

        var enrollment = (await portal.OneTimePasswords.BeginEnrollmentAsync(administrator)).Value;
        secrets.Add(enrollment.Secret.Reveal());
        printed.Add(enrollment.ToString());
        var app = new SignIn.SignInServiceTests.Authenticator(enrollment.Secret.Reveal());
        await portal.OneTimePasswords.ConfirmEnrollmentAsync(administrator, app.CodeAt(portal.Clock.GetCurrentInstant()));
        portal.Clock.Advance(Duration.FromMinutes(1));
        var signIn = await portal.SignIn.SignInAsync("nexi@org.example.jp", Chosen);
        secrets.Add(signIn.Challenge!.Reveal());
        printed.Add(signIn.ToString());
        printed.Add((await portal.SignIn.CompleteWithOneTimePasswordAsync(signIn.Challenge.Reveal(), app.CodeAt(portal.Clock.GetCurrentInstant()))).ToString());
        printed.Add((await portal.SignIn.SignInAsync("nexi@org.example.jp", "Wrong#Guess1")).ToString());

        await portal.Dispatcher.DispatchAsync(1000);
        foreach (var account in (await portal.Store.ListMembersAsync(registered.Value.OrganizationId, 0, 100, default)).Items)
        {
            printed.Add(account.ToString());
            secrets.AddRange(HashParts(account.Credential?.PasswordHash));
            secrets.AddRange(account.Credential?.PreviousPasswordHashes.SelectMany(HashParts) ?? []);
            if (account.Credential?.OneTimePassword is { } otp)
            {
                secrets.Add(otp.ProtectedSecret);
            }
        }

        printed.AddRange(portal.Database.AuditEntries.Select(e => e.ToString()));
        printed.AddRange(portal.Database.OutboxMessages.Select(m => m.ToString()));
        printed.AddRange(portal.Database.OutboxMessages.SelectMany(m => m.Parameters.Select(p => p.Value)));
        printed.AddRange(portal.Mail.Delivered.Select(m => m.ToString()));
        printed.Add(Record.Exception(() => MemberId.Parse(token, null))!.Message);
        printed.Add(Record.Exception(() => EmailAddress.FromNormalized(Chosen))!.Message);

        Assert.True(secrets.Count >= 10);
        foreach (var secret in secrets.Where(s => s.Length >= 8))
        {
            Assert.DoesNotContain(printed, text => text.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void RevealedSecrets_ShowNothingWhenPrinted()
    {
        var password = new Accounts.Secrets.RevealedSecret("Sup3r$ecret!");

        Assert.Equal("***", password.ToString());
        Assert.Equal("***", $"{password}");
        Assert.Equal("Sup3r$ecret!", password.Reveal());
    }

    private static IEnumerable<string> HashParts(string? hash) =>
        hash is null ? [] : [hash, .. hash.Split('$').Where(part => part.Length >= 20)];
}
