using Accounts.Auditing;
using Accounts.Concurrency;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Onboarding;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.Permissions;
using Accounts.Registration;
using Accounts.Security;
using Accounts.ServiceApplications;
using Accounts.SignIn;
using Accounts.Storage;
using Accounts.Text;
using Accounts.Workflows;
using NodaTime;

namespace Accounts.DependencyInjection;

/// <summary>The library's features. A new feature adds its description here; nothing else is listed by hand.</summary>
public static class AccountsFeatures
{
    /// <summary>What every use case needs: storage, audit, clock and randomness, and the shared codes of fields, permissions, workflows and concurrency.</summary>
    public static AccountsFeature Core { get; } = new(
        "core",
        [.. FieldErrors.All, .. PermissionErrors.All, .. WorkflowErrors.All, .. ConcurrencyErrors.All],
        PermissionAuditActions.All,
        [],
        [typeof(IAggregateStore), typeof(IUnitOfWork), typeof(IAuditLog), typeof(IClock), typeof(ISecretGenerator)]);

    /// <summary>Organizations: registration, profiles, security settings (R-ORG).</summary>
    public static AccountsFeature Organizations { get; } = new(
        "organizations",
        OrganizationErrors.All,
        OrganizationAuditActions.All,
        [OrganizationSnapshot.Aggregate, MemberSnapshot.Aggregate],
        [typeof(IOrganizationCodeGenerator), typeof(IPasswordHasher)]);

    /// <summary>Members: invitations, types, quotas, the last administrator (R-ACC).</summary>
    public static AccountsFeature Members { get; } = new(
        "members",
        MemberErrors.All,
        MemberAuditActions.All,
        [OrganizationSnapshot.Aggregate, MemberSnapshot.Aggregate],
        [typeof(IPasswordHasher), typeof(IPasswordBlocklist)],
        MemberMailTemplates.All,
        [MemberMailTemplates.InvitationLink]);

    /// <summary>Passwords: policy, history, changes.</summary>
    public static AccountsFeature Passwords { get; } = new(
        "passwords",
        PasswordErrors.All,
        PasswordAuditActions.All,
        [MemberSnapshot.Aggregate],
        [typeof(IPasswordHasher), typeof(IPasswordBlocklist)],
        PasswordMailTemplates.All);

    /// <summary>Sign-in: passwords, lockout, the second step.</summary>
    public static AccountsFeature SignIn { get; } = new(
        "sign-in",
        SignInErrors.All,
        SignInAuditActions.SignIn,
        [MemberSnapshot.Aggregate, OrganizationSnapshot.Aggregate],
        [typeof(IPasswordHasher)]);

    /// <summary>One-time passwords; only when the portal turns them on.</summary>
    public static AccountsFeature OneTimePasswords { get; } = new(
        "one-time-passwords",
        OneTimePasswordErrors.All,
        SignInAuditActions.OneTimePasswords,
        [MemberSnapshot.Aggregate],
        [typeof(ISecretProtector)],
        OneTimePasswordMailTemplates.All);

    /// <summary>Mail: the outbox and its dispatcher.</summary>
    public static AccountsFeature Notifications { get; } = new(
        "notifications",
        [],
        [],
        [],
        [typeof(IOutbox), typeof(IMailSender)]);

    /// <summary>Onboarding applications: how a person without an account registers an organization.</summary>
    public static AccountsFeature Onboarding { get; } = new(
        "onboarding",
        OnboardingErrors.All,
        OnboardingAuditActions.All,
        [OnboardingApplicationSnapshot.Aggregate, OrganizationSnapshot.Aggregate, MemberSnapshot.Aggregate],
        [typeof(IOrganizationCodeGenerator), typeof(IPasswordHasher)],
        OnboardingMailTemplates.All,
        [OnboardingMailTemplates.RegistrationLinkUrl, OnboardingMailTemplates.RegistrationPasswordText, OnboardingMailTemplates.ResumeLinkUrl]);

    /// <summary>Services and service applications: entitlements, use and change applications, receipt numbers, issued credentials (R-SVC).</summary>
    public static AccountsFeature Services { get; } = new(
        "services",
        ServiceErrors.All,
        ServiceAuditActions.All,
        [ServiceApplicationSnapshot.Aggregate, ReceiptSequenceSnapshot.Aggregate, OrganizationSnapshot.Aggregate, MemberSnapshot.Aggregate],
        [],
        ServiceMailTemplates.All);

    /// <summary>Migration campaigns: the pre-registration window, the legacy shared accounts' last day and the cutover (R-REG).</summary>
    public static AccountsFeature Campaigns { get; } = new(
        "campaigns",
        CampaignErrors.All,
        RegistrationAuditActions.All,
        [LegacyAccountSnapshot.Aggregate, PreRegistrationSnapshot.Aggregate, CutoverRunSnapshot.Aggregate, OrganizationSnapshot.Aggregate, MemberSnapshot.Aggregate],
        [typeof(IOrganizationCodeGenerator)],
        RegistrationMailTemplates.All);

    /// <summary>Every feature of the library.</summary>
    public static IReadOnlyList<AccountsFeature> All { get; } = [Core, Organizations, Members, Passwords, SignIn, OneTimePasswords, Onboarding, Services, Campaigns, Notifications];
}
