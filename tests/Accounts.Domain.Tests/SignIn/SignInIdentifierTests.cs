using Accounts.Auditing;
using Accounts.DependencyInjection;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Registration;
using Accounts.SignIn;
using Accounts.Storage;
using Accounts.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Accounts.Domain.Tests.SignIn;

/// <summary>What a person signs in with: the address on ClassNK, the issued Web user ID on NEXI.</summary>
public sealed class SignInIdentifierTests
{
    private const string NewPassword = "Boueki#2025{ok}";

    private static Gen<OrganizationCode> Codes =>
        Gen.Elements("0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyz".ToCharArray()).ArrayOf().Where(chars => chars.Length is >= 1 and <= 20)
            .Select(chars => OrganizationCode.From(new string(chars)));

    [Fact]
    [Trait("Req", "R-ACC-5")]
    [Trait("Req", "R-PWD-4")]
    public async Task Nexi_IssuesTheAdministratorIdFromTheCode_AndSignsInWithIt_NeverWithTheAddress()
    {
        var portal = new TestPortal(options => options.UseNexiPresets());
        var registered = (await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("taro@nexi.example.jp", AdministratorProvisioning.InitialPassword), ActorRef.Operator("nexi"))).Value;
        var initial = registered.InitialPassword!.Reveal();
        var userId = registered.AdministratorUserId!;

        var byAddress = await portal.SignIn.SignInAsync("taro@nexi.example.jp", initial);
        var byUserId = await portal.SignIn.SignInAsync(userId, initial);

        Assert.Equal($"{registered.Code.Value}-00", userId);
        Assert.Equal(userId, portal.Member(registered.AdministratorId)!.UserId);
        Assert.Equal(SignInOutcome.InvalidCredentials, byAddress.Outcome);
        Assert.Equal((SignInOutcome.PasswordChangeRequired, registered.AdministratorId), (byUserId.Outcome, byUserId.MemberId!.Value));
    }

    [Fact]
    [Trait("Req", "R-PWD-7")]
    public async Task Nexi_AnUnknownId_AnAddress_AndAWrongPassword_GetTheSameAnswer_AfterTheSameHashingWork()
    {
        var portal = new TestPortal(options => options.UseNexiPresets());
        var registered = (await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("taro@nexi.example.jp", AdministratorProvisioning.InitialPassword), ActorRef.Operator("nexi"))).Value;
        await portal.SignIn.SignInAsync("WARM-00", "x");
        var answers = new List<(SignInResult Result, int Hashes, int Verifications)>();

        foreach (var (identifier, password) in new[] { ($"{registered.Code.Value}-99", "Wrong#Pass1"), ("taro@nexi.example.jp", registered.InitialPassword!.Reveal()), (registered.AdministratorUserId!, "Wrong#Pass1"), ("　", "Wrong#Pass1") })
        {
            portal.Hasher.Reset();
            answers.Add((await portal.SignIn.SignInAsync(identifier, password), portal.Hasher.Hashes, portal.Hasher.Verifications));
        }

        Assert.All(answers, answer => Assert.Equal((new SignInResult(SignInOutcome.InvalidCredentials), 0, 1), answer));
    }

    [Theory]
    [InlineData("lower")]
    [InlineData("full-width")]
    [InlineData("spaces")]
    [InlineData("long vowel mark")]
    public async Task Nexi_FindsTheIdAsPeopleTypeIt(string typing)
    {
        var portal = new TestPortal(options => options.UseNexiPresets());
        var registered = (await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("taro@nexi.example.jp", AdministratorProvisioning.InitialPassword), ActorRef.Operator("nexi"))).Value;
        var userId = registered.AdministratorUserId!;
        var typed = typing switch
        {
            "lower" => userId.ToLowerInvariant(),
            "full-width" => new string([.. userId.Select(c => (char)(c + 0xFEE0))]),
            "spaces" => $"  {userId}\t",
            _ => userId.Replace('-', 'ー'),
        };

        var signedIn = await portal.SignIn.SignInAsync(typed, registered.InitialPassword!.Reveal());

        Assert.Equal(SignInOutcome.PasswordChangeRequired, signedIn.Outcome);
    }

    [Fact]
    [Trait("Req", "R-ACC-5")]
    public async Task Nexi_ApplicantIds_TakeTheLowestFreeSerial_ShareAddresses_AndSignIn()
    {
        var portal = new TestPortal(options => options.UseNexiPresets());
        var (organization, administrator) = await portal.RegisterOrganizationAsync("admin@nexi.example.jp");
        var code = portal.Organization(organization)!.Code.Value;

        var first = await portal.Invitations.InviteAsync(administrator, Applicant("admin@nexi.example.jp"));
        var second = await portal.Invitations.InviteAsync(administrator, Applicant("admin@nexi.example.jp"));
        var third = await portal.Invitations.InviteAsync(administrator, Applicant("hanako@nexi.example.jp"));
        await portal.Members.DeleteAsync(administrator, second.Value.MemberId);
        var refill = await portal.Invitations.InviteAsync(administrator, Applicant("jiro@nexi.example.jp"));

        Assert.Equal($"{code}-00", portal.Member(administrator)!.UserId);
        Assert.Equal(
            [$"{code}-01", $"{code}-02", $"{code}-03", $"{code}-02"],
            new[] { first, second, third, refill }.Select(r => r.Value.UserId));
        var mail = portal.Database.OutboxMessages.Single(m => m.Parameters.Any(p => p.Value == $"{code}-03"));
        Assert.Equal(MailParameterNames.SignInId, mail.Parameters.Single(p => p.Value == $"{code}-03").Name);
        var token = await portal.LatestTokenAsync("hanako@nexi.example.jp");
        Assert.True((await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = token, Password = NewPassword })).IsSuccess);
        var signedIn = await portal.SignIn.SignInAsync($"{code}-03", NewPassword);
        Assert.Equal((SignInOutcome.Succeeded, third.Value.MemberId), (signedIn.Outcome, signedIn.MemberId!.Value));
        Assert.Contains($"{code}-03", portal.Mail.DeliveredTo("hanako@nexi.example.jp")[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenEverySerialIsHeld_AnInvitationIsRefused_AndNothingIsWritten()
    {
        var portal = new TestPortal(options => options.UseNexiPresets());
        var (organization, administrator) = await portal.RegisterOrganizationAsync("admin@nexi.example.jp");
        var code = portal.Organization(organization)!.Code.Value;

        // Accounts a host imported straight into the store hold serials 01 to 99 without seats.
        var imported = Enumerable.Range(1, 99).Select(serial => AggregateWrite.Insert(new MemberSnapshot
        {
            Id = new MemberId(Guid.CreateVersion7()),
            OrganizationId = organization,
            Email = $"imported{serial}@nexi.example.jp",
            UserId = $"{code}-{serial:D2}",
            DisplayName = "移行 太郎",
            Type = MemberType.Applicant,
            Status = MemberStatus.Disabled,
            CreatedAt = portal.Clock.GetCurrentInstant(),
        }));
        Assert.True((await portal.UnitOfWork.CommitAsync(new ChangeSet { Writes = [.. imported] }, default)).IsCommitted);
        var outbox = portal.Database.OutboxMessages.Count;

        var refused = await portal.Invitations.InviteAsync(administrator, Applicant("late@nexi.example.jp"));

        Assert.Equal(("member.user_ids_exhausted", "userId"), (refused.FirstError!.Code, refused.FirstError.Target));
        Assert.Equal(100, (await portal.Store.ListMembersAsync(organization, 0, 200)).Total);
        Assert.Equal(outbox, portal.Database.OutboxMessages.Count);
    }

    [Fact]
    [Trait("Req", "R-PWD-6")]
    public async Task Nexi_TheAuthenticatorApp_NamesTheAccountByItsUserId()
    {
        var portal = new TestPortal(options => options.UseNexiPresets());
        var (_, administrator) = await portal.RegisterOrganizationAsync("admin@nexi.example.jp");

        var enrollment = (await portal.OneTimePasswords.BeginEnrollmentAsync(administrator)).Value;

        Assert.StartsWith($"otpauth://totp/Accounts%20Portal:{portal.Member(administrator)!.UserId}?secret=", enrollment.Uri.Reveal(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Req", "R-ACC-1")]
    public async Task ClassNk_SignsInWithTheAddress_IssuesNoUserId_AndKeepsAddressesUnique()
    {
        var portal = new TestPortal(options => options.UseClassNkPresets());
        var (_, administrator) = await portal.RegisterOrganizationAsync("admin@org.example.jp");

        var invited = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "taro@org.example.jp", DisplayName = "太郎" });
        var again = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "taro@org.example.jp", DisplayName = "太郎" });
        await portal.AcceptAsync("taro@org.example.jp");
        var signedIn = await portal.SignIn.SignInAsync("Taro@Org.Example.JP", TestPortal.Password);

        Assert.Null(invited.Value.UserId);
        Assert.Null(portal.Member(invited.Value.MemberId)!.UserId);
        Assert.Equal("member.email_taken", again.FirstError!.Code);
        Assert.Equal(SignInOutcome.Succeeded, signedIn.Outcome);
        Assert.Contains("taro@org.example.jp", portal.Database.OutboxMessages.Single(m => m.Template == MemberMailTemplates.Invitation && m.To[0] == "taro@org.example.jp").Parameters.Single(p => p.Name == MailParameterNames.SignInId).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotasBeyondTheSerials_UnlimitedQuotas_OrACampaign_WithUserIds_FailAtStartUp()
    {
        var tooFew = Validate(options => options.SignInIdentifier = SignInIdentifierPolicy.Nexi with { SerialDigits = 1 });
        var unlimited = Validate(options => options.SignInIdentifier = SignInIdentifierPolicy.Nexi);
        var campaign = Validate(options =>
        {
            options.UseNexiPresets();
            options.Campaign = RegistrationCampaign.ClassNk2025;
        });

        Assert.Contains(tooFew!.Failures, f => f.Contains("SerialDigits", StringComparison.Ordinal));
        Assert.Contains(unlimited!.Failures, f => f.Contains("any number of accounts", StringComparison.Ordinal));
        Assert.Contains(campaign!.Failures, f => f.Contains("campaign", StringComparison.Ordinal));
        Assert.Null(Validate(options => options.UseNexiPresets()));
    }

    [Property]
    public Property AnIssuedId_ReadsBackAsItsSerial_ForItsOrganizationOnly() =>
        Prop.ForAll(
            Codes.ToArbitrary(),
            Codes.ToArbitrary(),
            Gen.Choose(1, 6).ToArbitrary(),
            (code, other, digits) =>
            {
                var policy = SignInIdentifierPolicy.Nexi with { SerialDigits = digits };
                var serial = policy.SerialCount - 1 - (code.Value.Length % policy.SerialCount);
                var userId = policy.FormatUserId(code, serial);
                var foreign = string.Equals(code.Value, other.Value, StringComparison.OrdinalIgnoreCase) ? null : policy.SerialOf(other, userId);
                return policy.SerialOf(code, userId) == serial
                    && userId.Length == code.Value.Length + 1 + digits
                    && foreign is null
                    && SignInIdentifierPolicy.NormalizeUserId(userId) == userId;
            });

    [Property]
    public Property AnIdTypedInFullWidthOrLowerCase_NormalizesToTheIssuedId() =>
        Prop.ForAll(
            Codes.ToArbitrary(),
            Gen.Choose(0, 99).ToArbitrary(),
            Gen.Choose(0, 2).ToArbitrary(),
            (code, serial, typing) =>
            {
                var userId = SignInIdentifierPolicy.Nexi.FormatUserId(code, serial);
                var typed = typing switch
                {
                    0 => userId.ToLowerInvariant(),
                    1 => new string([.. userId.Select(c => (char)(c + 0xFEE0))]),
                    _ => " " + new string([.. userId.Select((c, i) => i % 2 == 0 ? char.ToLowerInvariant(c) : (char)(c + 0xFEE0))]) + "　",
                };
                return SignInIdentifierPolicy.NormalizeUserId(typed) == userId;
            });

    [Fact]
    public void TheFormat_RefusesSerialsOutsideItsDigits_AndIdsOfAnotherShape()
    {
        var code = OrganizationCode.From("7KX2M9QA");

        Assert.Throws<ArgumentOutOfRangeException>(() => SignInIdentifierPolicy.Nexi.FormatUserId(code, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => SignInIdentifierPolicy.Nexi.FormatUserId(code, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SignInIdentifierPolicy.Nexi with { SerialDigits = 7 });
        Assert.Equal(100, SignInIdentifierPolicy.Nexi.SerialCount);
        Assert.Equal(0, SignInIdentifierPolicy.Nexi.SerialOf(code, "7kx2m9qa-00"));
        Assert.Null(SignInIdentifierPolicy.Nexi.SerialOf(code, "7KX2M9QA-0"));
        Assert.Null(SignInIdentifierPolicy.Nexi.SerialOf(code, "7KX2M9QA-0A"));
        Assert.Null(SignInIdentifierPolicy.Nexi.SerialOf(code, "7KX2M9QA_00"));
        Assert.Null(SignInIdentifierPolicy.Nexi.SerialOf(code, "7KX2M9QB-00"));
        Assert.Null(SignInIdentifierPolicy.Nexi.SerialOf(code, null));
    }

    private static InviteMember Applicant(string email) => new() { Email = email, DisplayName = "申込 太郎", Type = MemberType.Applicant };

    private static OptionsValidationException? Validate(Action<AccountsOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddAccounts(configure).AddInMemoryStores();
        using var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            return null;
        }
        catch (OptionsValidationException exception)
        {
            return exception;
        }
    }
}
