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
/// The portal's policies, frozen at start-up from <see cref="AccountsOptions"/>: what every use
/// case reads. Immutable; nothing a host does to the options afterwards reaches it.
/// </summary>
public sealed class AccountsPolicies
{
    private AccountsPolicies(AccountsOptions options)
    {
        PortalName = options.PortalName;
        Permissions = options.Permissions;
        Quotas = options.Quotas with { };
        ManagementScope = options.ManagementScope;
        Invitations = options.Invitations with { };
        Onboarding = options.Onboarding with { };
        Services = options.Services with { };
        Campaign = options.Campaign;
        Calendar = options.Calendar;
        Email = options.Email with { };
        Profile = options.Profile.DeepCopy();
        DisplayName = options.DisplayName with { };
        Passwords = options.Passwords with { };
        PasswordHashing = options.PasswordHashing with { };
        SignInIdentifier = options.SignInIdentifier with { };
        Lockout = options.Lockout with { };
        OneTimePasswords = options.OneTimePasswords with { };
        OneTimePasswordsEnabled = options.OneTimePasswordsEnabled;
        Outbox = options.Outbox with { };
        Messages = options.Messages;
        MailTemplates = options.MailTemplates;
        Links = options.Links with { };
        DefaultLanguage = options.DefaultLanguage;
        MaxCommitAttempts = options.MaxCommitAttempts;
        Features = [.. AccountsFeatures.All.Where(f => f != AccountsFeatures.OneTimePasswords || OneTimePasswordsEnabled)];
    }

    /// <summary>The portal's name, as mail shows it.</summary>
    public string PortalName { get; }

    /// <summary>Who may do what.</summary>
    public PermissionMatrix Permissions { get; }

    /// <summary>Quotas per organization.</summary>
    public QuotaPolicy Quotas { get; }

    /// <summary>Whether head-office administrators manage their units.</summary>
    public ManagementScope ManagementScope { get; }

    /// <summary>Invitation lifetime.</summary>
    public InvitationPolicy Invitations { get; }

    /// <summary>Onboarding applications.</summary>
    public OnboardingPolicy Onboarding { get; }

    /// <summary>The migration campaign; <see langword="null"/> when the portal runs none.</summary>
    public RegistrationCampaign? Campaign { get; }

    /// <summary>Services and service applications.</summary>
    public ServicePolicy Services { get; }

    /// <summary>The business days deadlines count in.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>E-mail address rules and warnings.</summary>
    public EmailPolicy Email { get; }

    /// <summary>Organization profile fields.</summary>
    public OrganizationProfilePolicy Profile { get; }

    /// <summary>What a person's name accepts.</summary>
    public TextRule DisplayName { get; }

    /// <summary>The password policy.</summary>
    public PasswordPolicy Passwords { get; }

    /// <summary>The parameters of the default password hasher.</summary>
    public Pbkdf2Options PasswordHashing { get; }

    /// <summary>What a person signs in with.</summary>
    public SignInIdentifierPolicy SignInIdentifier { get; }

    /// <summary>Lockout after failed sign-ins.</summary>
    public LockoutPolicy Lockout { get; }

    /// <summary>One-time passwords.</summary>
    public OneTimePasswordPolicy OneTimePasswords { get; }

    /// <summary>Whether the portal offers one-time passwords.</summary>
    public bool OneTimePasswordsEnabled { get; }

    /// <summary>How the outbox dispatcher claims, retries and abandons mail.</summary>
    public OutboxPolicy Outbox { get; }

    /// <summary>The texts of error and warning codes.</summary>
    public MessageCatalog Messages { get; }

    /// <summary>The mail templates.</summary>
    public MailTemplateCatalog MailTemplates { get; }

    /// <summary>The portal's addresses that mail links to.</summary>
    public PortalLinks Links { get; }

    /// <summary>The language of mail when a person has not chosen one.</summary>
    public string DefaultLanguage { get; }

    /// <summary>How many times a use case runs when its save meets a concurrent change.</summary>
    public int MaxCommitAttempts { get; }

    /// <summary>The features this portal runs.</summary>
    public IReadOnlyList<AccountsFeature> Features { get; }

    /// <summary>Freezes options into policies.</summary>
    /// <param name="options">The host's options.</param>
    public static AccountsPolicies Freeze(AccountsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new AccountsPolicies(options);
    }
}
