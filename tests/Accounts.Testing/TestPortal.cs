using Accounts.Auditing;
using Accounts.DependencyInjection;
using Accounts.InMemory;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.Permissions;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.SignIn;
using NodaTime;

namespace Accounts.Testing;

/// <summary>
/// Every use case of the library wired over the in-memory adapter, with a fake clock, a fast
/// password hasher (1,000 iterations: tests need no brute-force resistance) and helpers that
/// register organizations and accept invitations the way people do: through the mail.
/// </summary>
public sealed class TestPortal
{
    /// <summary>A password every preset accepts: NEXI's classes and symbols, NIST's length.</summary>
    public const string Password = "Valid#Pass12345678";

    /// <summary>Creates a portal.</summary>
    /// <param name="configure">Chooses the policies; ClassNK's membership rules with NEXI's password policy by default.</param>
    /// <param name="start">The clock's first reading; 2025-09-28 09:00 in Japan by default.</param>
    /// <param name="mailSender">Replaces the recording mail sender.</param>
    /// <param name="capacity">How much the in-memory database makes room for up front.</param>
    public TestPortal(Action<AccountsOptions>? configure = null, Instant? start = null, IMailSender? mailSender = null, InMemoryCapacity capacity = default)
    {
        Database = new InMemoryDatabase(capacity);
        Options = new AccountsOptions { PasswordHashing = new Pbkdf2Options { Iterations = 1_000 } };
        var key = new byte[32];
        Secrets.Fill(key);
        Options.UseSecretProtectionKey(key);
        configure?.Invoke(Options);

        Clock = new FakeClock(start ?? Instant.FromUtc(2025, 9, 28, 0, 0));
        Hasher = new CountingPasswordHasher(new Pbkdf2PasswordHasher(Secrets, Options.PasswordHashing));
        OrganizationStore = new InMemoryOrganizationStore(Database);
        MemberStore = new InMemoryMemberStore(Database);
        UnitOfWork = new InMemoryUnitOfWork(Database);
        AuditLog = new InMemoryAuditLog(Database);
        Outbox = new InMemoryOutbox(Database);
        var protector = new AesGcmSecretProtector(key, Secrets);
        var codes = new RandomOrganizationCodeGenerator(Secrets);

        Organizations = new OrganizationService(OrganizationStore, MemberStore, UnitOfWork, AuditLog, codes, Hasher, Clock, Secrets, Options);
        Members = new MembershipService(OrganizationStore, MemberStore, UnitOfWork, AuditLog, Hasher, CommonPasswordBlocklist.Instance, Clock, Secrets, Options);
        Access = new AccessService(OrganizationStore, MemberStore, AuditLog, Clock, Options);
        Passwords = new PasswordService(MemberStore, UnitOfWork, AuditLog, Hasher, CommonPasswordBlocklist.Instance, Clock, Secrets, Options);
        SignIn = new SignInService(OrganizationStore, MemberStore, UnitOfWork, AuditLog, Hasher, protector, Clock, Secrets, Options);
        OneTimePasswords = new OneTimePasswordService(MemberStore, UnitOfWork, AuditLog, protector, Clock, Secrets, Options);
        Dispatcher = new OutboxDispatcher(Outbox, mailSender ?? Mail, Clock, Options);
    }

    /// <summary>A valid NEXI-style organization profile.</summary>
    public static OrganizationProfile ValidProfile { get; } = new()
    {
        NameKanji = "株式会社日本貿易商事",
        NameKatakana = "カブシキガイシャニホンボウエキショウジ",
        PostalCode = "100-0001",
        Address = "東京都千代田区千代田１－２－３",
        MainPhone = "03-1234-5678",
        RepresentativeTitle = "代表取締役社長",
        RepresentativeName = "日本　太郎",
        HomepageUrl = "https://www.example.co.jp/",
    };

    /// <summary>The portal's policies.</summary>
    public AccountsOptions Options { get; }

    /// <summary>The clock.</summary>
    public FakeClock Clock { get; }

    /// <summary>The cryptographic generator.</summary>
    public ISecretGenerator Secrets { get; } = CryptographicSecretGenerator.Instance;

    /// <summary>The password hasher, counting its work.</summary>
    public CountingPasswordHasher Hasher { get; }

    /// <summary>The in-memory database behind every port.</summary>
    public InMemoryDatabase Database { get; }

    /// <summary>The recording mail sender.</summary>
    public RecordingMailSender Mail { get; } = new();

    /// <summary>The organization store.</summary>
    public InMemoryOrganizationStore OrganizationStore { get; }

    /// <summary>The account store.</summary>
    public InMemoryMemberStore MemberStore { get; }

    /// <summary>The unit of work.</summary>
    public InMemoryUnitOfWork UnitOfWork { get; }

    /// <summary>The audit log.</summary>
    public InMemoryAuditLog AuditLog { get; }

    /// <summary>The outbox.</summary>
    public InMemoryOutbox Outbox { get; }

    /// <summary>Organization use cases.</summary>
    public OrganizationService Organizations { get; }

    /// <summary>Membership use cases.</summary>
    public MembershipService Members { get; }

    /// <summary>Access checks.</summary>
    public AccessService Access { get; }

    /// <summary>Password changes.</summary>
    public PasswordService Passwords { get; }

    /// <summary>Sign-in.</summary>
    public SignInService SignIn { get; }

    /// <summary>One-time password enrollment.</summary>
    public OneTimePasswordService OneTimePasswords { get; }

    /// <summary>The outbox dispatcher.</summary>
    public OutboxDispatcher Dispatcher { get; }

    /// <summary>A registration form with the valid profile.</summary>
    /// <param name="administratorEmail">The first administrator's address.</param>
    /// <param name="provisioning">Invitation or initial password.</param>
    /// <param name="industry">The industry code.</param>
    public static RegisterOrganization Registration(string administratorEmail, AdministratorProvisioning provisioning = AdministratorProvisioning.Invitation, string? industry = null) => new()
    {
        Organization = new OrganizationRegistration { Industry = industry ?? Industry.ShipManagement.Code, Profile = ValidProfile },
        Administrator = new FoundingAdministrator { Email = administratorEmail, DisplayName = "Administrator " + administratorEmail, Provisioning = provisioning },
    };

    /// <summary>Registers a head office whose first administrator accepted the invitation and is active.</summary>
    /// <param name="administratorEmail">The administrator's address.</param>
    public async Task<(OrganizationId Organization, MemberId Administrator)> RegisterOrganizationAsync(string administratorEmail = "admin@org.example.jp")
    {
        var registered = await Organizations.RegisterHeadOfficeAsync(Registration(administratorEmail), ActorRef.Operator("operator"));
        var administrator = await AcceptAsync(administratorEmail);
        return (registered.Value.OrganizationId, administrator);
    }

    /// <summary>Registers a unit under a head office, with an active administrator.</summary>
    /// <param name="headOffice">The head office.</param>
    /// <param name="administratorEmail">The unit administrator's address.</param>
    public async Task<(OrganizationId Organization, MemberId Administrator)> RegisterUnitAsync(OrganizationId headOffice, string administratorEmail)
    {
        var registered = await Organizations.RegisterUnitAsync(headOffice, OrganizationKind.Branch, Registration(administratorEmail), ActorRef.Operator("operator"));
        var administrator = await AcceptAsync(administratorEmail);
        return (registered.Value.OrganizationId, administrator);
    }

    /// <summary>Invites a person and accepts the invitation through the delivered mail.</summary>
    /// <param name="inviter">The inviting administrator.</param>
    /// <param name="email">The invitee's address.</param>
    /// <param name="type">The member type.</param>
    /// <param name="organization">The organization, when not the inviter's own.</param>
    public async Task<MemberId> InviteAndAcceptAsync(MemberId inviter, string email, MemberType type = MemberType.General, OrganizationId? organization = null)
    {
        var invited = await Members.InviteAsync(inviter, new InviteMember { Email = email, DisplayName = "Person " + email, Type = type, OrganizationId = organization });
        if (!invited.IsSuccess)
        {
            throw new InvalidOperationException($"Inviting {email} failed: {string.Join(", ", invited.Errors)}");
        }

        return await AcceptAsync(email);
    }

    /// <summary>Accepts the latest invitation mailed to an address, with <see cref="Password"/>.</summary>
    /// <param name="email">The invitee's address.</param>
    public async Task<MemberId> AcceptAsync(string email)
    {
        var accepted = await Members.AcceptInvitationAsync(new AcceptInvitation { Token = await LatestTokenAsync(email), Password = Password });
        return accepted.IsSuccess ? accepted.Value : throw new InvalidOperationException($"Accepting for {email} failed: {string.Join(", ", accepted.Errors)}");
    }

    /// <summary>Delivers pending mail and returns the token of the latest link mailed to an address.</summary>
    /// <param name="email">The recipient.</param>
    public async Task<string> LatestTokenAsync(string email)
    {
        await Dispatcher.DispatchAsync(1000);
        return MailLinks.Token(Mail.DeliveredTo(email)[^1].Body);
    }

    /// <summary>The stored account.</summary>
    /// <param name="id">The account.</param>
    public MemberSnapshot? Member(MemberId id) => MemberStore.FindAsync(id, default).AsTask().GetAwaiter().GetResult();

    /// <summary>The stored organization.</summary>
    /// <param name="id">The organization.</param>
    public OrganizationSnapshot? Organization(OrganizationId id) => OrganizationStore.FindAsync(id, default).AsTask().GetAwaiter().GetResult();
}
