using System.Collections.Immutable;
using Accounts.Auditing;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Onboarding;
using Accounts.Organizations;
using Accounts.Registration;
using Accounts.ServiceApplications;
using NodaTime;

namespace Accounts.Storage.Conformance;

/// <summary>
/// Snapshots with every field set, so an adapter that loses a value on the way to its database
/// and back fails the round trip. Identifiers come from a counter: each test has a fresh store.
/// </summary>
public static class Samples
{
    private static long _next;

    /// <summary>The instant the samples are stamped with.</summary>
    public static Instant At { get; } = Instant.FromUtc(2025, 9, 28, 0, 0, 0) + Duration.FromMilliseconds(123);

    /// <summary>A new identifier, different on every call.</summary>
    public static Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, Interlocked.Increment(ref _next));
        BitConverter.TryWriteBytes(bytes[8..], 0x5EED_C0DE_0000_0000L);
        return new Guid(bytes);
    }

    /// <summary>An organization with a full profile, a manager and seats.</summary>
    /// <param name="code">Its code.</param>
    /// <param name="headOffice">Its head office, for a unit.</param>
    public static OrganizationSnapshot Organization(string code, OrganizationId? headOffice = null) => new()
    {
        Id = new OrganizationId(NewGuid()),
        Code = new OrganizationCode(code),
        Kind = headOffice is null ? OrganizationKind.HeadOffice : OrganizationKind.Branch,
        HeadOfficeId = headOffice,
        Industry = "non_life_insurer",
        Category = OrganizationCategory.FinancialInstitution,
        ReferringBankName = "みずほ銀行",
        Profile = new OrganizationProfile
        {
            NameKanji = "株式会社日本貿易商事",
            NameKatakana = "カブシキガイシャニホンボウエキショウジ",
            PostalCode = "100-0001",
            Address = "東京都千代田区千代田１－２－３",
            MainPhone = "03-1234-5678",
            RegisteredAddress = "東京都千代田区丸の内１－１－１",
            RepresentativeTitle = "代表取締役社長",
            RepresentativeName = "日本　太郎",
            HomepageUrl = "https://www.example.co.jp/",
        },
        Manager = new Contact("管理 花子", "manager@example.co.jp"),
        RequiresOneTimePassword = true,
        Seats = new SeatCounts(Administrators: 2, GeneralUsers: 3, ExternalUsers: 1, Applicants: 4, DisabledAdministrators: 1, InvitedAdministrators: 1),
        RegisteredAt = At,
    };

    /// <summary>An active member with a credential, history, one-time password enrollment and a pending second step.</summary>
    /// <param name="organization">Its organization.</param>
    /// <param name="email">Its address.</param>
    public static MemberSnapshot Member(OrganizationId organization, string email) => new()
    {
        Id = new MemberId(NewGuid()),
        OrganizationId = organization,
        Email = email,
        DisplayName = "日本 太郎 (Taro)",
        Type = MemberType.Administrator,
        Status = MemberStatus.Active,
        IsSharedAddress = true,
        Language = "en",
        Credential = new CredentialSnapshot
        {
            PasswordHash = "PBKDF2$sha256$600000$c2FsdA$aGFzaA",
            PasswordChangedAt = At + Duration.FromDays(1),
            MustChangePassword = true,
            PreviousPasswordHashes = ["PBKDF2$sha256$600000$b2xk$b2xk", "PBKDF2$sha256$600000$b2xkZXI$b2xkZXI"],
            FailedAttempts = 3,
            LockedOutUntil = At + Duration.FromMinutes(15),
            LastSignInAt = At + Duration.FromHours(2),
            OneTimePassword = new OneTimePasswordSnapshot { ProtectedSecret = "v1.cHJvdGVjdGVk", Confirmed = true, EnrolledAt = At, LastAcceptedTimeStep = 58_000_000 },
            PendingSignIn = new PendingSignInSnapshot { ChallengeHash = "Y2hhbGxlbmdl", ExpiresAt = At + Duration.FromMinutes(5) },
        },
        CreatedAt = At,
    };

    /// <summary>An onboarding application with every value set: both forms, the session, the resume link, the deadlines and the result.</summary>
    /// <param name="nextTimerAt">When its timer runs out; <see langword="null"/> for none.</param>
    public static OnboardingApplicationSnapshot OnboardingApplication(Instant? nextTimerAt = null)
    {
        var form = new OnboardingForm
        {
            Category = OrganizationCategory.FinancialInstitution,
            Industry = "bank",
            ReferringBankName = "日本第一銀行",
            Profile = new OrganizationProfile { NameKanji = "株式会社日本貿易商事", NameKatakana = "カブシキガイシャニホンボウエキショウジ", PostalCode = "100-0001", Address = "東京都千代田区１－２－３", MainPhone = "03-1234-5678" },
            HeadOfficeCode = "HQ-1",
            UnitKind = OrganizationKind.Branch,
            OrganizationCode = "ORG-1",
            AdministratorDepartment = "総務部",
            AdministratorTitle = "部長",
            AdministratorName = "日本 太郎",
            AdministratorPhone = "03-1234-5678",
            AdministratorEmail = "taro@example.jp",
            AdministratorEmailConfirmation = "taro@example.jp",
            WantsOneTimePassword = true,
        };
        return new OnboardingApplicationSnapshot
        {
            Id = new OnboardingApplicationId(NewGuid()),
            Email = "applicant@example.jp",
            Language = "ja",
            Status = OnboardingStatus.Correcting,
            Kind = OnboardingKind.Unit,
            Form = form with { AdministratorTitle = null },
            SubmittedForm = form,
            LinkTokenHash = "bGluaw",
            PasswordHash = "PBKDF2$sha256$600000$c2FsdA$aGFzaA",
            SentAt = At,
            LinkExpiresAt = At + Duration.FromDays(60),
            FailedAttempts = 2,
            SessionTokenHash = "c2Vzc2lvbg",
            SessionExpiresAt = At + Duration.FromMinutes(30),
            SubmittedAt = At + Duration.FromDays(1),
            PrintedFormExpiresAt = At + Duration.FromDays(31),
            ReceivedAt = At + Duration.FromDays(3),
            ExpectedDeliveryDate = new LocalDate(2025, 10, 8),
            ResumeTokenHash = "cmVzdW1l",
            ResumeExpiresAt = At + Duration.FromDays(17),
            CompletedAt = At + Duration.FromDays(9),
            OrganizationId = new OrganizationId(NewGuid()),
            AdministratorId = new MemberId(NewGuid()),
            NextTimerAt = nextTimerAt,
            CreatedAt = At,
        };
    }

    /// <summary>A change application with every value set: items, the start date, protected credentials and a history with notes.</summary>
    /// <param name="organization">Its organization.</param>
    /// <param name="receiptNumber">Its receipt number.</param>
    /// <param name="createdAt">When it was created; <see cref="At"/> when left out.</param>
    public static ServiceApplicationSnapshot ServiceApplication(OrganizationId organization, string receiptNumber, Instant? createdAt = null)
    {
        var created = createdAt ?? At;
        return new ServiceApplicationSnapshot
        {
            Id = new ServiceApplicationId(NewGuid()),
            Kind = ServiceApplicationKind.Change,
            ServiceCode = "webnaccs",
            OrganizationId = organization,
            ApplicantId = new MemberId(NewGuid()),
            Contact = new Contact("申込 花子", "hanako@example.jp"),
            Status = ServiceApplicationStatus.ReviewFinished,
            ReceiptNumber = receiptNumber,
            SubmittedAt = created,
            DueDate = new LocalDate(2025, 10, 6),
            Change = new ChangeRequest
            {
                Items = [new ChangeItem(ChangeItemKind.UserCode, ChangeDirection.Add, "ABC01"), new ChangeItem(ChangeItemKind.LogicalTerminal, ChangeDirection.Remove, "T0001")],
                CertificateCount = 0,
                Reason = "WebNACCSを追加するため",
                DesiredStartDate = new LocalDate(2025, 11, 4),
            },
            StartDate = new LocalDate(2025, 11, 5),
            ProtectedCredentials = "djE6bm9uY2U6Y2lwaGVy",
            CredentialsIssuedOn = new LocalDate(2025, 10, 3),
            History =
            [
                new ServiceApplicationEvent(created, ServiceApplicationStatus.Received),
                new ServiceApplicationEvent(created + Duration.FromDays(1) + Duration.FromTicks(1234567), ServiceApplicationStatus.UnderReview),
                new ServiceApplicationEvent(created + Duration.FromDays(2), ServiceApplicationStatus.ReviewFinished, "利用開始日を11月5日に変更しました。"),
            ],
            CreatedAt = created,
        };
    }

    /// <summary>A receipt-number series.</summary>
    /// <param name="series">Its name.</param>
    /// <param name="last">The last number drawn.</param>
    public static ReceiptSequenceSnapshot ReceiptSequence(string series, int last) => new() { Id = ReceiptSequenceSnapshot.IdOf(series), Series = series, Last = last };

    /// <summary>A legacy shared account, granted by another company's account when <paramref name="grantedBy"/> is given.</summary>
    /// <param name="loginId">Its login.</param>
    /// <param name="grantedBy">The granting account.</param>
    public static LegacyAccountSnapshot LegacyAccount(string loginId, LegacyAccountId? grantedBy = null) =>
        new() { Id = new LegacyAccountId(NewGuid()), LoginId = loginId, CompanyName = "日本海事株式会社", GrantedBy = grantedBy, ImportedAt = At };

    /// <summary>A pre-registration with company information and three people, one an external invited user with a shared address.</summary>
    /// <param name="legacyAccountId">The company's legacy account.</param>
    public static PreRegistrationSnapshot PreRegistration(LegacyAccountId legacyAccountId) => new()
    {
        Id = new PreRegistrationId(NewGuid()),
        LegacyAccountId = legacyAccountId,
        Company = new PreRegisteredCompany { Industry = "海運", Category = OrganizationCategory.Company, Profile = new OrganizationProfile { NameKanji = "日本海事株式会社", NameKatakana = "ニホンカイジ", PostalCode = "100-0005" }, Manager = new Contact("海事 太郎", "taro@kaiji.example.jp") },
        People =
        [
            new PreRegisteredPerson("taro@kaiji.example.jp", "海事 太郎", MemberType.Administrator),
            new PreRegisteredPerson("hanako@kaiji.example.jp", "海事 花子", MemberType.General) { Language = "en" },
            new PreRegisteredPerson("ops@broker.example.jp", "Broker Ops", MemberType.ExternalInvited) { IsSharedAddress = true },
        ],
        SubmittedAt = At,
        UpdatedAt = At + Duration.FromMinutes(5),
    };

    /// <summary>A cutover checkpoint part way, with an address found taken.</summary>
    public static CutoverRunSnapshot CutoverRun() => new()
    {
        Id = NewGuid(),
        Processed = 300,
        IssuedOrganizations = 290,
        IssuedPeople = 2_870,
        TakenAddresses = ["taken@example.jp"],
        StartedAt = At,
    };

    /// <summary>An invited member: an invitation instead of a credential.</summary>
    /// <param name="organization">Its organization.</param>
    /// <param name="email">Its address.</param>
    /// <param name="invitedBy">Who invited.</param>
    public static MemberSnapshot InvitedMember(OrganizationId organization, string email, MemberId? invitedBy = null) => new()
    {
        Id = new MemberId(NewGuid()),
        OrganizationId = organization,
        Email = email,
        DisplayName = "Invitee",
        Type = MemberType.ExternalInvited,
        Status = MemberStatus.Invited,
        Invitation = new InvitationSnapshot { TokenHash = "dG9rZW4", InvitedBy = invitedBy, SentAt = At, ExpiresAt = At + Duration.FromDays(7), SendCount = 2 },
        CreatedAt = At,
    };

    /// <summary>An outbox message with a plain and a secret parameter.</summary>
    /// <param name="to">The recipient.</param>
    /// <param name="createdAt">When it was written.</param>
    public static OutboxMessage Mail(string to, Instant? createdAt = null) => new()
    {
        Id = new OutboxMessageId(NewGuid()),
        Template = "member.invitation",
        To = [to],
        Language = "ja",
        Parameters = [new("inviteeName", "太郎"), new("invitationToken", "secret-token", IsSecret: true)],
        CreatedAt = createdAt ?? At,
    };

    /// <summary>An audit entry.</summary>
    /// <param name="action">The action.</param>
    /// <param name="at">When.</param>
    /// <param name="organization">The organization concerned.</param>
    /// <param name="actor">Who; the system when left out.</param>
    public static AuditEntry Audit(string action, Instant? at = null, OrganizationId? organization = null, ActorRef? actor = null) =>
        new(at ?? At, actor ?? ActorRef.System, action, "target-" + action, AuditOutcome.Succeeded, null, organization);

    /// <summary>A probe aggregate the library itself never uses.</summary>
    /// <param name="name">Its unique name.</param>
    /// <param name="parent">Its group.</param>
    public static ConformanceProbeSnapshot Probe(string name, Guid? parent = null) =>
        new() { Id = NewGuid(), Name = name, Parent = parent, Tags = ["a", "b"] };

    /// <summary>Every snapshot type of the library's own aggregates, with a sample.</summary>
    public static ImmutableArray<AggregateType> LibraryAggregates { get; } = [OrganizationSnapshot.Aggregate, MemberSnapshot.Aggregate, OnboardingApplicationSnapshot.Aggregate, ServiceApplicationSnapshot.Aggregate, ReceiptSequenceSnapshot.Aggregate, LegacyAccountSnapshot.Aggregate, PreRegistrationSnapshot.Aggregate, CutoverRunSnapshot.Aggregate];
}
