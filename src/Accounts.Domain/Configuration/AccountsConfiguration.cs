using Accounts.Calendars;
using Accounts.DependencyInjection;
using Accounts.Members;
using Accounts.Passwords;
using Accounts.Registration;
using Accounts.SignIn;
using Accounts.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using static Accounts.Configuration.ConfigurationValues;

namespace Accounts.Configuration;

/// <summary>
/// Reads the <c>Accounts</c> configuration section into <see cref="AccountsOptions"/> by a fixed
/// table of keys: no reflection, so it works trimmed and ahead-of-time compiled, and every
/// unknown key or bad value is reported at start with its full path.
/// </summary>
internal static class AccountsConfiguration
{
    /// <summary>Every key, presets first so that the keys after them adjust a preset.</summary>
    public static IReadOnlyList<ConfigurationKey> Keys { get; } =
    [
        new("Preset", "`Nexi` or `ClassNk`", "Takes a portal's presets (permissions, quotas, e-mail, sign-in identifier; NEXI also profile and passwords).", static (o, v) => _ = Choice(v, "Nexi", "ClassNk") == "Nexi" ? o.UseNexiPresets() : o.UseClassNkPresets()),
        new("Passwords:Preset", "`Nexi` or `NistSp80063B`", "Takes a password policy preset.", static (o, v) => o.Passwords = Choice(v, "Nexi", "NistSp80063B") == "Nexi" ? PasswordPolicy.Nexi : PasswordPolicy.NistSp80063B),
        new("FullWidth", "`JisX0208`, `Cp932`, `JisX0213` or `EastAsianWide`", "Which characters the full-width (全角) fields of the organization profile and the onboarding form accept.", static (o, v) =>
        {
            var repertoire = Enumeration<FullWidthRepertoire>(v);
            o.Profile = o.Profile.WithFullWidth(repertoire);
            o.Onboarding = o.Onboarding.WithFullWidth(repertoire);
        }),
        new("SignInIdentifier:Kind", "`EmailAddress` or `IssuedUserId`", "What people sign in with: the e-mail address, or a user ID the portal issues (organization code and serial).", static (o, v) => o.SignInIdentifier = o.SignInIdentifier with { Kind = Enumeration<SignInIdentifierKind>(v) }),
        new("SignInIdentifier:SerialDigits", "whole number 1–6", "How many digits the serial of an issued user ID has.", static (o, v) => o.SignInIdentifier = o.SignInIdentifier with { SerialDigits = Integer(v) }),
        new("PortalName", "text", "The portal's name, as mail shows it.", static (o, v) => o.PortalName = v),
        new("DefaultLanguage", "`ja` or `en`", "The language of mail when a person has not chosen one.", static (o, v) => o.DefaultLanguage = v),
        new("ManagementScope", "`OwnOrganization` or `OwnOrganizationAndUnits`", "Whether head-office administrators manage their units.", static (o, v) => o.ManagementScope = Enumeration<ManagementScope>(v)),
        new("MaxCommitAttempts", "whole number ≥ 1", "How often a use case runs when its save meets a concurrent change.", static (o, v) => o.MaxCommitAttempts = Integer(v)),
        new("OneTimePasswordsEnabled", "`true` or `false`", "Whether the portal offers one-time passwords (needs `SecretProtectionKey`).", static (o, v) => o.OneTimePasswordsEnabled = Boolean(v)),
        new("SecretProtectionKey", "Base64 of 32 bytes", "Encrypts TOTP secrets at rest and turns one-time passwords on; keep it in a secret store.", static (o, v) => o.UseSecretProtectionKey(Base64(v))),
        new("AuditPseudonymKey", "Base64 of ≥ 32 bytes", "Keys the hash under which the audit trail records unknown sign-in identifiers.", static (o, v) => o.UseAuditPseudonymKey(Base64(v))),
        new("Quotas:MaxAdministrators", "whole number, or `none`", "Administrators per organization.", static (o, v) => o.Quotas = o.Quotas with { MaxAdministrators = Limit(v) }),
        new("Quotas:MaxGeneralUsers", "whole number, or `none`", "General users per organization.", static (o, v) => o.Quotas = o.Quotas with { MaxGeneralUsers = Limit(v) }),
        new("Quotas:MaxExternalUsers", "whole number, or `none`", "External invited users per organization.", static (o, v) => o.Quotas = o.Quotas with { MaxExternalUsers = Limit(v) }),
        new("Quotas:MaxApplicants", "whole number, or `none`", "Applicant users per organization.", static (o, v) => o.Quotas = o.Quotas with { MaxApplicants = Limit(v) }),
        new("Invitations:Lifetime", "duration", "How long an invitation link is accepted.", static (o, v) => o.Invitations = o.Invitations with { Lifetime = Duration(v) }),
        new("Onboarding:LinkValidity", "duration", "How long an onboarding registration link and password work.", static (o, v) => o.Onboarding = o.Onboarding with { LinkValidity = Duration(v) }),
        new("Onboarding:IdleTimeout", "duration", "How long onboarding input may stay idle before it is discarded.", static (o, v) => o.Onboarding = o.Onboarding with { IdleTimeout = Duration(v) }),
        new("Onboarding:MaxPasswordAttempts", "whole number ≥ 1", "Wrong registration passwords before an application locks.", static (o, v) => o.Onboarding = o.Onboarding with { MaxPasswordAttempts = Integer(v) }),
        new("Onboarding:PrintedFormValidity", "duration", "How long a printed application form is valid.", static (o, v) => o.Onboarding = o.Onboarding with { PrintedFormValidity = Duration(v) }),
        new("Onboarding:ResumeLinkValidity", "duration", "How long a resume link works.", static (o, v) => o.Onboarding = o.Onboarding with { ResumeLinkValidity = Duration(v) }),
        new("Onboarding:DeliveryBusinessDays", "whole number ≥ 0", "Business days from receipt to posting the sign-in details.", static (o, v) => o.Onboarding = o.Onboarding with { DeliveryBusinessDays = Integer(v) }),
        new("Campaign", "`ClassNk2025` or `None`", "The migration campaign the portal runs: its pre-registration window and cutover day.", static (o, v) => o.Campaign = Choice(v, "ClassNk2025", "None") == "ClassNk2025" ? RegistrationCampaign.ClassNk2025 : null),
        new("Calendar:ClosingDays", "`None`, `GovernmentYearEnd` or `BankYearEnd`", "The portal's closing days besides weekends and public holidays.", static (o, v) => o.Calendar = BusinessCalendar.Create(Choice(v, "None", "GovernmentYearEnd", "BankYearEnd") switch
        {
            "GovernmentYearEnd" => ClosingDays.GovernmentYearEnd,
            "BankYearEnd" => ClosingDays.BankYearEnd,
            _ => ClosingDays.None,
        })),
        new("Email:MaxLength", "whole number, 6–254", "The longest e-mail address accepted.", static (o, v) => o.Email = o.Email with { MaxLength = Integer(v) }),
        new("Passwords:MinimumLength", "whole number ≥ 1", "The shortest password.", static (o, v) => o.Passwords = o.Passwords with { MinimumLength = Integer(v) }),
        new("Passwords:MaximumLength", "whole number, or `none`", "The longest password.", static (o, v) => o.Passwords = o.Passwords with { MaximumLength = Limit(v) }),
        new("Passwords:MinimumUppercase", "whole number", "The fewest upper-case letters.", static (o, v) => o.Passwords = o.Passwords with { MinimumUppercase = Integer(v) }),
        new("Passwords:MinimumLowercase", "whole number", "The fewest lower-case letters.", static (o, v) => o.Passwords = o.Passwords with { MinimumLowercase = Integer(v) }),
        new("Passwords:MinimumDigits", "whole number", "The fewest digits.", static (o, v) => o.Passwords = o.Passwords with { MinimumDigits = Integer(v) }),
        new("Passwords:MinimumSymbols", "whole number", "The fewest symbols.", static (o, v) => o.Passwords = o.Passwords with { MinimumSymbols = Integer(v) }),
        new("Passwords:AllowedSymbols", "characters, or empty for any", "The symbols a password may use.", static (o, v) => o.Passwords = o.Passwords with { AllowedSymbols = v.Length == 0 ? null : v }),
        new("Passwords:RejectOtherCharacters", "`true` or `false`", "Whether characters outside letters, digits and the symbols are refused.", static (o, v) => o.Passwords = o.Passwords with { RejectOtherCharacters = Boolean(v) }),
        new("Passwords:HistoryDepth", "whole number, 0–24", "How many earlier passwords may not be reused.", static (o, v) => o.Passwords = o.Passwords with { HistoryDepth = Integer(v) }),
        new("Passwords:MaximumAge", "duration, or `none`", "How long a password lasts before it must be changed.", static (o, v) => o.Passwords = o.Passwords with { MaximumAge = v.Length == 0 || v.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : Duration(v) }),
        new("Passwords:AllowEmailLocalPart", "`true` or `false`", "Whether a password may contain the address's local part.", static (o, v) => o.Passwords = o.Passwords with { AllowEmailLocalPart = Boolean(v) }),
        new("Passwords:CheckBlocklist", "`true` or `false`", "Whether passwords are checked against the blocklist.", static (o, v) => o.Passwords = o.Passwords with { CheckBlocklist = Boolean(v) }),
        new("PasswordHashing:Iterations", "whole number ≥ 1000", "PBKDF2 iterations.", static (o, v) => o.PasswordHashing = o.PasswordHashing with { Iterations = Integer(v) }),
        new("Lockout:MaxFailedAttempts", "whole number ≥ 1", "Wrong guesses before an account locks.", static (o, v) => o.Lockout = o.Lockout with { MaxFailedAttempts = Integer(v) }),
        new("Lockout:LockoutDuration", "duration", "How long a lockout lasts.", static (o, v) => o.Lockout = o.Lockout with { LockoutDuration = Duration(v) }),
        new("OneTimePasswords:Algorithm", "`Sha1`, `Sha256` or `Sha512`", "The TOTP hash.", static (o, v) => o.OneTimePasswords = o.OneTimePasswords with { Algorithm = Enumeration<TotpAlgorithm>(v) }),
        new("OneTimePasswords:Digits", "whole number, 6–8", "Digits of a code.", static (o, v) => o.OneTimePasswords = o.OneTimePasswords with { Digits = Integer(v) }),
        new("OneTimePasswords:Step", "duration ≥ 15 s", "How long a code lasts.", static (o, v) => o.OneTimePasswords = o.OneTimePasswords with { Step = Duration(v) }),
        new("OneTimePasswords:AllowedDriftSteps", "whole number, 0–3", "Steps of clock drift accepted.", static (o, v) => o.OneTimePasswords = o.OneTimePasswords with { AllowedDriftSteps = Integer(v) }),
        new("OneTimePasswords:ChallengeLifetime", "duration", "How long the second sign-in step waits for a code.", static (o, v) => o.OneTimePasswords = o.OneTimePasswords with { ChallengeLifetime = Duration(v) }),
        new("Outbox:MaxAttempts", "whole number ≥ 1", "Sending attempts before a message is abandoned.", static (o, v) => o.Outbox = o.Outbox with { MaxAttempts = Integer(v) }),
        new("Outbox:Lease", "duration", "How long a dispatcher holds a claimed message.", static (o, v) => o.Outbox = o.Outbox with { Lease = Duration(v) }),
        new("Outbox:FirstRetryDelay", "duration", "The wait before the first retry; it doubles.", static (o, v) => o.Outbox = o.Outbox with { FirstRetryDelay = Duration(v) }),
        new("Outbox:MaxRetryDelay", "duration", "The longest wait between retries.", static (o, v) => o.Outbox = o.Outbox with { MaxRetryDelay = Duration(v) }),
        new("Links:SignInUrl", "absolute URL", "The sign-in page that mail links to.", static (o, v) => o.Links = o.Links with { SignInUrl = v }),
        new("Links:InvitationUrl", "absolute URL with `{token}`", "The page that accepts an invitation.", static (o, v) => o.Links = o.Links with { InvitationUrl = v }),
        new("Links:RegistrationUrl", "absolute URL with `{token}`", "The page an onboarding registration link opens.", static (o, v) => o.Links = o.Links with { RegistrationUrl = v }),
        new("Links:ResumeUrl", "absolute URL with `{token}`", "The page an onboarding resume link opens.", static (o, v) => o.Links = o.Links with { ResumeUrl = v }),
    ];

    /// <summary>Applies the section to the options, or throws one exception listing every bad or unknown key.</summary>
    public static void Apply(IConfiguration section, AccountsOptions options)
    {
        var failures = new List<string>();
        var prefix = section is IConfigurationSection named ? named.Path + ":" : string.Empty;
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in Keys)
        {
            known.Add(key.Path);
            var value = section[key.Path];
            if (value is null)
            {
                continue;
            }

            try
            {
                key.Apply(options, value.Trim());
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException)
            {
                failures.Add($"{prefix}{key.Path}: {FirstSentence(exception)} Expected: {key.Format.Replace("`", string.Empty, StringComparison.Ordinal)}.");
            }
        }

        foreach (var leaf in Leaves(section))
        {
            if (!known.Contains(leaf))
            {
                failures.Add($"{prefix}{leaf}: not a setting of the Accounts library.");
            }
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(AccountsOptions), failures);
        }
    }

    private static IEnumerable<string> Leaves(IConfiguration section, string path = "")
    {
        foreach (var child in section.GetChildren())
        {
            var childPath = path.Length == 0 ? child.Key : path + ":" + child.Key;
            if (child.Value is not null)
            {
                yield return childPath;
            }

            foreach (var leaf in Leaves(child, childPath))
            {
                yield return leaf;
            }
        }
    }

    private static string FirstSentence(Exception exception) =>
        exception is ArgumentException argument && argument.ParamName is not null
            ? argument.Message.Replace($" (Parameter '{argument.ParamName}')", string.Empty, StringComparison.Ordinal).Split(Environment.NewLine)[0].TrimEnd('.') + "."
            : exception.Message;
}
