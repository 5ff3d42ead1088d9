using Accounts.Calendars;
using Accounts.Members;
using Accounts.Messages;
using Accounts.Notifications;
using Accounts.Onboarding;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.Permissions;
using Accounts.Registration;
using Accounts.ServiceApplications;
using Accounts.SignIn;
using Accounts.Text;

namespace Accounts.DependencyInjection;

/// <summary>
/// The policies a host chooses for its portal, set in <c>AddAccounts(options => …)</c> or bound
/// from configuration. Every policy is an immutable value with named presets; replace a whole
/// policy, or derive one with a <c>with</c> expression. The defaults are ClassNK's membership
/// rules with NEXI's password policy; <see cref="UseNexiPresets"/> and
/// <see cref="UseClassNkPresets"/> take a portal's set.
/// </summary>
/// <remarks>
/// The options keep their own copy of every policy they are given, so configuration binding
/// into them never changes a preset such as <see cref="QuotaPolicy.Nexi"/>. At start-up the
/// library validates the options and freezes them into <see cref="AccountsPolicies"/>, which is
/// what the use cases read; changing the options afterwards changes nothing.
/// </remarks>
public sealed class AccountsOptions
{
    /// <summary>The portal's name, as mail shows it.</summary>
    public string PortalName { get; set => field = Required(value); } = "Accounts Portal";

    /// <summary>Who may do what.</summary>
    public PermissionMatrix Permissions { get; set => field = Required(value); } = PermissionMatrix.ClassNk;

    /// <summary>How many members of each type an organization may hold.</summary>
    public QuotaPolicy Quotas { get; set => field = Required(value) with { }; } = QuotaPolicy.ClassNk with { };

    /// <summary>Whether head-office administrators may manage their units.</summary>
    public ManagementScope ManagementScope { get; set; } = ManagementScope.OwnOrganization;

    /// <summary>Invitation lifetime.</summary>
    public InvitationPolicy Invitations { get; set => field = Required(value) with { }; } = InvitationPolicy.Default with { };

    /// <summary>How onboarding applications behave; NEXI's values by default.</summary>
    public OnboardingPolicy Onboarding { get; set => field = Required(value) with { }; } = OnboardingPolicy.Nexi with { };

    /// <summary>The services the portal offers and the rules of their applications; no services by default.</summary>
    public ServicePolicy Services { get; set => field = Required(value) with { }; } = ServicePolicy.Default;

    /// <summary>The migration campaign the portal runs (pre-registration window, cutover day); none by default.</summary>
    public RegistrationCampaign? Campaign { get; set; }

    /// <summary>The business days deadlines count in: Japan's weekends and public holidays closed by default.</summary>
    public BusinessCalendar Calendar { get; set => field = Required(value); } = BusinessCalendar.Japan;

    /// <summary>E-mail address limits and warning lists.</summary>
    public EmailPolicy Email { get; set => field = Required(value) with { }; } = EmailPolicy.Default with { };

    /// <summary>Organization profile fields.</summary>
    public OrganizationProfilePolicy Profile { get; set => field = Required(value).DeepCopy(); } = OrganizationProfilePolicy.Nexi.DeepCopy();

    /// <summary>What a person's name accepts.</summary>
    public TextRule DisplayName { get; set => field = Required(value) with { }; } = new(TextKind.Printable, 50);

    /// <summary>The password policy.</summary>
    public PasswordPolicy Passwords { get; set => field = Required(value) with { }; } = PasswordPolicy.Nexi with { };

    /// <summary>The parameters of the default password hasher.</summary>
    public Pbkdf2Options PasswordHashing { get; set => field = Required(value) with { }; } = Pbkdf2Options.Owasp with { };

    /// <summary>What a person signs in with: the e-mail address by default, or a user ID the portal issues.</summary>
    public SignInIdentifierPolicy SignInIdentifier { get; set => field = Required(value) with { }; } = SignInIdentifierPolicy.EmailAddress with { };

    /// <summary>Lockout after failed sign-ins.</summary>
    public LockoutPolicy Lockout { get; set => field = Required(value) with { }; } = LockoutPolicy.Default with { };

    /// <summary>One-time passwords; used when <see cref="OneTimePasswordsEnabled"/>.</summary>
    public OneTimePasswordPolicy OneTimePasswords { get; set => field = Required(value) with { }; } = OneTimePasswordPolicy.Default with { };

    /// <summary>
    /// Whether the portal offers one-time passwords. When on, TOTP secrets must be
    /// encrypted at rest: set a key with <see cref="UseSecretProtectionKey"/> or register an
    /// <see cref="Security.ISecretProtector"/>. When off, no key is needed, and an organization
    /// cannot require one-time passwords.
    /// </summary>
    public bool OneTimePasswordsEnabled { get; set; }

    /// <summary>How the outbox dispatcher claims, retries and abandons mail.</summary>
    public OutboxPolicy Outbox { get; set => field = Required(value) with { }; } = OutboxPolicy.Default with { };

    /// <summary>The texts of error and warning codes.</summary>
    public MessageCatalog Messages { get; set => field = Required(value); } = MessageCatalog.Default;

    /// <summary>The mail templates.</summary>
    public MailTemplateCatalog MailTemplates { get; set => field = Required(value); } = MailTemplateCatalog.Default;

    /// <summary>The portal's addresses that mail links to.</summary>
    public PortalLinks Links { get; set => field = Required(value) with { }; } = new();

    /// <summary>The language of mail when a person has not chosen one: <c>ja</c> or <c>en</c>.</summary>
    public string DefaultLanguage
    {
        get;
        set => field = Language.IsSupported(value) ? value : throw new ArgumentException("The language is ja or en.", nameof(value));
    } = Language.Japanese;

    /// <summary>How many times a use case runs when its save meets a concurrent change, before it reports <c>concurrency.conflict</c>.</summary>
    public int MaxCommitAttempts { get; set => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one attempt."); } = 8;

    /// <summary>The 32-byte key that encrypts TOTP secrets at rest (AES-256-GCM), if set with <see cref="UseSecretProtectionKey"/>.</summary>
    public ReadOnlyMemory<byte>? SecretProtectionKey { get; private set; }

    /// <summary>
    /// Turns one-time passwords on and sets the key that encrypts their secrets at rest. Keep the
    /// key outside the database; losing it makes stored TOTP secrets unreadable.
    /// </summary>
    /// <param name="key">32 bytes; copied.</param>
    public AccountsOptions UseSecretProtectionKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("The secret protection key has 32 bytes.", nameof(key));
        }

        SecretProtectionKey = key.ToArray();
        OneTimePasswordsEnabled = true;
        return this;
    }

    /// <summary>The key of the keyed hash under which the audit trail records identifiers typed at sign-in that match no account, if set with <see cref="UseAuditPseudonymKey"/>.</summary>
    public ReadOnlyMemory<byte>? AuditPseudonymKey { get; private set; }

    /// <summary>
    /// Sets the key of the keyed hash (HMAC-SHA-256) under which the audit trail records what a
    /// person typed to identify themselves at sign-in, an address or a user ID. With one key for
    /// every instance and restart, repeated attempts with the same identifier show up together;
    /// without one, each start draws a random key.
    /// </summary>
    /// <param name="key">At least 32 bytes; copied.</param>
    public AccountsOptions UseAuditPseudonymKey(ReadOnlySpan<byte> key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("The audit pseudonym key has at least 32 bytes.", nameof(key));
        }

        AuditPseudonymKey = key.ToArray();
        return this;
    }

    /// <summary>ClassNK CCH Portal: several administrators, general and external invited users, no quotas.</summary>
    public AccountsOptions UseClassNkPresets()
    {
        Permissions = PermissionMatrix.ClassNk;
        Quotas = QuotaPolicy.ClassNk;
        Email = EmailPolicy.Default;
        SignInIdentifier = SignInIdentifierPolicy.EmailAddress;
        return this;
    }

    /// <summary>NEXI Web services: one administrator ID and up to 99 applicant IDs per organization code, signing in with the issued Web user ID, e-mail up to 50 characters, NEXI's password policy.</summary>
    public AccountsOptions UseNexiPresets()
    {
        Permissions = PermissionMatrix.Nexi;
        Quotas = QuotaPolicy.Nexi;
        Email = EmailPolicy.Nexi;
        Profile = OrganizationProfilePolicy.Nexi;
        Passwords = PasswordPolicy.Nexi;
        SignInIdentifier = SignInIdentifierPolicy.Nexi;
        return this;
    }

    private static T Required<T>(T value)
        where T : class => value ?? throw new ArgumentNullException(nameof(value));
}
