using Accounts.Auditing;
using Accounts.DependencyInjection;
using Accounts.InMemory;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Onboarding;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.Permissions;
using Accounts.Registration;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.ServiceApplications;
using Accounts.SignIn;
using Accounts.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Accounts.Testing;

/// <summary>
/// Every use case of the library, registered with <c>AddAccounts</c> on the in-memory adapter
/// (or the storage adapter you choose),
/// with a fake clock, a fast password hasher (1,000 iterations: tests need no brute-force
/// resistance) and helpers that register organizations and accept invitations the way people
/// do: through the mail.
/// </summary>
public sealed class TestPortal : IDisposable
{
    /// <summary>A password every preset accepts: NEXI's classes and symbols, NIST's length.</summary>
    public const string Password = "Valid#Pass12345678";

    private readonly ServiceProvider _provider;
    private readonly IServiceScope _scope;
    private readonly Action<AccountsOptions> _configure;
    private readonly Action<AccountsBuilder> _storage;

    /// <summary>Creates a portal.</summary>
    /// <param name="configure">Chooses the policies; ClassNK's membership rules with NEXI's password policy by default, one-time passwords on.</param>
    /// <param name="start">The clock's first reading; 2025-09-28 09:00 in Japan by default.</param>
    /// <param name="mailSender">Replaces the recording mail sender.</param>
    /// <param name="capacity">How much the in-memory database makes room for up front.</param>
    /// <param name="services">Changes the registrations last, for example to replace a port.</param>
    /// <param name="storage">
    /// Registers the storage adapter in place of the in-memory one, for example
    /// <c>builder => builder.AddSqliteStores(connectionString)</c>; create its tables before use.
    /// <see cref="Database"/> then stays empty.
    /// </param>
    public TestPortal(Action<AccountsOptions>? configure = null, Instant? start = null, IMailSender? mailSender = null, InMemoryCapacity capacity = default, Action<IServiceCollection>? services = null, Action<AccountsBuilder>? storage = null)
        : this(new InMemoryDatabase(capacity), new FakeClock(start ?? Instant.FromUtc(2025, 9, 28, 0, 0)), new RecordingMailSender(), mailSender, NewKey(), configure ?? (_ => { }), services, storage ?? (builder => builder.AddInMemoryStores()))
    {
    }

    private TestPortal(InMemoryDatabase database, FakeClock clock, RecordingMailSender mail, IMailSender? mailSender, byte[] key, Action<AccountsOptions> configure, Action<IServiceCollection>? services, Action<AccountsBuilder> storage)
    {
        Database = database;
        Clock = clock;
        Mail = mail;
        Key = key;
        _configure = configure;
        _storage = storage;
        var collection = new ServiceCollection();
        collection.AddSingleton<IClock>(clock);
        collection.AddSingleton<ISecretGenerator>(Secrets);
        collection.AddSingleton(database);
        collection.AddSingleton(mail);
        collection.AddSingleton(mailSender ?? mail);
        collection.AddSingleton<IPasswordHasher>(provider => new CountingPasswordHasher(new Pbkdf2PasswordHasher(Secrets, provider.GetRequiredService<AccountsPolicies>().PasswordHashing)));
        storage(collection.AddAccounts(options =>
            {
                options.PasswordHashing = new Pbkdf2Options { Iterations = 1_000 };
                options.UseSecretProtectionKey(key);
                configure(options);
            }));
        services?.Invoke(collection);
        _provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _provider.GetRequiredService<IStartupValidator>().Validate();
        _scope = _provider.CreateScope();
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

    /// <summary>The portal's frozen policies.</summary>
    public AccountsPolicies Policies => Get<AccountsPolicies>();

    /// <summary>The clock.</summary>
    public FakeClock Clock { get; }

    /// <summary>The cryptographic generator.</summary>
    public ISecretGenerator Secrets { get; } = CryptographicSecretGenerator.Instance;

    /// <summary>The password hasher, counting its work.</summary>
    public CountingPasswordHasher Hasher => (CountingPasswordHasher)Get<IPasswordHasher>();

    /// <summary>The in-memory database behind every port.</summary>
    public InMemoryDatabase Database { get; }

    /// <summary>The recording mail sender.</summary>
    public RecordingMailSender Mail { get; }

    /// <summary>The store.</summary>
    public IAggregateStore Store => Get<IAggregateStore>();

    /// <summary>The unit of work.</summary>
    public IUnitOfWork UnitOfWork => Get<IUnitOfWork>();

    /// <summary>The audit log.</summary>
    public IAuditLog AuditLog => Get<IAuditLog>();

    /// <summary>The outbox.</summary>
    public IOutbox Outbox => Get<IOutbox>();

    /// <summary>Organization use cases.</summary>
    public OrganizationService Organizations => Get<OrganizationService>();

    /// <summary>Invitations.</summary>
    public InvitationService Invitations => Get<InvitationService>();

    /// <summary>Onboarding applications.</summary>
    public OnboardingService Onboarding => Get<OnboardingService>();

    /// <summary>Service applications and entitlements.</summary>
    public ServiceApplicationService Services => Get<ServiceApplicationService>();

    /// <summary>Legacy accounts and pre-registrations of the migration campaign.</summary>
    public PreRegistrationService PreRegistrations => Get<PreRegistrationService>();

    /// <summary>The readiness report and the cutover run.</summary>
    public CutoverService Cutover => Get<CutoverService>();

    /// <summary>Member administration.</summary>
    public MemberAdministrationService Members => Get<MemberAdministrationService>();

    /// <summary>Access checks.</summary>
    public AccessService Access => Get<AccessService>();

    /// <summary>Password changes.</summary>
    public PasswordService Passwords => Get<PasswordService>();

    /// <summary>Sign-in.</summary>
    public SignInService SignIn => Get<SignInService>();

    /// <summary>One-time password enrollment.</summary>
    public OneTimePasswordService OneTimePasswords => Get<OneTimePasswordService>();

    /// <summary>The outbox dispatcher.</summary>
    public OutboxDispatcher Dispatcher => Get<OutboxDispatcher>();

    private byte[] Key { get; }

    /// <summary>A registration form with the valid profile.</summary>
    /// <param name="administratorEmail">The first administrator's address.</param>
    /// <param name="provisioning">Invitation or initial password.</param>
    /// <param name="industry">The industry code.</param>
    public static RegisterOrganization Registration(string administratorEmail, AdministratorProvisioning provisioning = AdministratorProvisioning.Invitation, string? industry = null) => new()
    {
        Organization = new OrganizationRegistration { Industry = industry ?? Industry.ShipManagement.Code, Profile = ValidProfile },
        Administrator = new FoundingAdministrator { Email = administratorEmail, DisplayName = "Administrator " + administratorEmail, Provisioning = provisioning },
    };

    /// <summary>A service of the portal, resolved in its scope.</summary>
    /// <typeparam name="T">The service type.</typeparam>
    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Another portal over the same database, clock, mail and key, with registrations or policies changed, for example a unit of work that always conflicts.</summary>
    /// <param name="services">Changes the registrations last.</param>
    /// <param name="configure">Changes the policies after this portal's own configuration.</param>
    public TestPortal With(Action<IServiceCollection>? services = null, Action<AccountsOptions>? configure = null) =>
        new(Database, Clock, Mail, null, Key, configure is null ? _configure : options => { _configure(options); configure(options); }, services, _storage);

    /// <summary>Registers a head office whose first administrator accepted the invitation and is active.</summary>
    /// <param name="administratorEmail">The administrator's address.</param>
    public async Task<(OrganizationId Organization, MemberId Administrator)> RegisterOrganizationAsync(string administratorEmail = "admin@org.example.jp")
    {
        var registered = await Organizations.RegisterHeadOfficeAsync(Registration(administratorEmail), ActorRef.Operator("operator")).ConfigureAwait(false);
        var administrator = await AcceptAsync(administratorEmail).ConfigureAwait(false);
        return (registered.Value.OrganizationId, administrator);
    }

    /// <summary>Registers a unit under a head office, with an active administrator.</summary>
    /// <param name="headOffice">The head office.</param>
    /// <param name="administratorEmail">The unit administrator's address.</param>
    public async Task<(OrganizationId Organization, MemberId Administrator)> RegisterUnitAsync(OrganizationId headOffice, string administratorEmail)
    {
        var registered = await Organizations.RegisterUnitAsync(headOffice, OrganizationKind.Branch, Registration(administratorEmail), ActorRef.Operator("operator")).ConfigureAwait(false);
        var administrator = await AcceptAsync(administratorEmail).ConfigureAwait(false);
        return (registered.Value.OrganizationId, administrator);
    }

    /// <summary>Invites a person and accepts the invitation through the delivered mail.</summary>
    /// <param name="inviter">The inviting administrator.</param>
    /// <param name="email">The invitee's address.</param>
    /// <param name="type">The member type.</param>
    /// <param name="organization">The organization, when not the inviter's own.</param>
    public async Task<MemberId> InviteAndAcceptAsync(MemberId inviter, string email, MemberType type = MemberType.General, OrganizationId? organization = null)
    {
        var invited = await Invitations.InviteAsync(inviter, new InviteMember { Email = email, DisplayName = "Person " + email, Type = type, OrganizationId = organization }).ConfigureAwait(false);
        if (!invited.IsSuccess)
        {
            throw new InvalidOperationException($"Inviting {email} failed: {string.Join(", ", invited.Errors)}");
        }

        return await AcceptAsync(email).ConfigureAwait(false);
    }

    /// <summary>Accepts the latest invitation mailed to an address, with <see cref="Password"/>.</summary>
    /// <param name="email">The invitee's address.</param>
    public async Task<MemberId> AcceptAsync(string email)
    {
        var accepted = await Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = await LatestTokenAsync(email).ConfigureAwait(false), Password = Password }).ConfigureAwait(false);
        return accepted.IsSuccess ? accepted.Value : throw new InvalidOperationException($"Accepting for {email} failed: {string.Join(", ", accepted.Errors)}");
    }

    /// <summary>Delivers pending mail and returns the token of the latest link mailed to an address.</summary>
    /// <param name="email">The recipient.</param>
    public async Task<string> LatestTokenAsync(string email)
    {
        await Dispatcher.DispatchAsync(1000).ConfigureAwait(false);
        return MailLinks.Token(Mail.DeliveredTo(email)[^1].Body);
    }

    /// <summary>The stored member.</summary>
    /// <param name="id">The member.</param>
    public MemberSnapshot? Member(MemberId id) => Store.FindMemberAsync(id).AsTask().GetAwaiter().GetResult();

    /// <summary>The stored organization.</summary>
    /// <param name="id">The organization.</param>
    public OrganizationSnapshot? Organization(OrganizationId id) => Store.FindOrganizationAsync(id).AsTask().GetAwaiter().GetResult();

    /// <summary>Releases the services.</summary>
    public void Dispose()
    {
        _scope.Dispose();
        _provider.Dispose();
    }

    private static byte[] NewKey()
    {
        var key = new byte[32];
        CryptographicSecretGenerator.Instance.Fill(key);
        return key;
    }
}
