using Accounts.Members;
using Accounts.Messages;
using Accounts.Results;
using Accounts.Text;
using NodaTime;

namespace Accounts.Organizations;

/// <summary>
/// An organization: the unit that registers, applies for services and owns
/// accounts. A head office, or a branch, department or office under a registered head office.
/// It keeps the seats its accounts occupy, so quotas and the last-administrator rule
/// are decided under its version. Immutable: every change returns a new organization.
/// </summary>
internal sealed class Organization
{
    private static readonly TextRule ManagerNameRule = new(TextKind.Printable, 50);

    private readonly OrganizationSnapshot _state;

    private Organization(OrganizationSnapshot state) => _state = state;

    /// <summary>The identifier.</summary>
    public OrganizationId Id => _state.Id;

    /// <summary>The portal-issued code.</summary>
    public OrganizationCode Code => _state.Code;

    /// <summary>Head office or unit.</summary>
    public OrganizationKind Kind => _state.Kind;

    /// <summary>The head office of a unit.</summary>
    public OrganizationId? HeadOfficeId => _state.HeadOfficeId;

    /// <summary>The seats by type.</summary>
    public SeatCounts Seats => _state.Seats;

    /// <summary>The display name (the name in kanji).</summary>
    public string Name => _state.Profile.NameKanji ?? _state.Code.Value;

    /// <summary>Rebuilds an organization from its stored state.</summary>
    /// <param name="snapshot">The stored state.</param>
    public static Organization FromSnapshot(OrganizationSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new Organization(snapshot);
    }

    /// <summary>The state to store; its version is the one read.</summary>
    public OrganizationSnapshot ToSnapshot() => _state;

    /// <summary>Registers a head office. Every invalid field is reported at once.</summary>
    /// <param name="id">The new identifier.</param>
    /// <param name="code">The code issued by the portal.</param>
    /// <param name="registration">The form's content.</param>
    /// <param name="profilePolicy">What the profile accepts.</param>
    /// <param name="emailPolicy">What the manager's address accepts.</param>
    /// <param name="now">The current instant.</param>
    public static Result<Organization> RegisterHeadOffice(OrganizationId id, OrganizationCode code, OrganizationRegistration registration, OrganizationProfilePolicy profilePolicy, EmailPolicy emailPolicy, Instant now) =>
        Register(id, code, OrganizationKind.HeadOffice, null, registration, profilePolicy, emailPolicy, now);

    /// <summary>Registers a branch, department or office under this organization, which must be a head office.</summary>
    /// <param name="kind">Branch, department or office.</param>
    /// <param name="id">The new identifier.</param>
    /// <param name="code">The code issued by the portal.</param>
    /// <param name="registration">The form's content.</param>
    /// <param name="profilePolicy">What the profile accepts.</param>
    /// <param name="emailPolicy">What the manager's address accepts.</param>
    /// <param name="now">The current instant.</param>
    public Result<Organization> RegisterUnit(OrganizationKind kind, OrganizationId id, OrganizationCode code, OrganizationRegistration registration, OrganizationProfilePolicy profilePolicy, EmailPolicy emailPolicy, Instant now)
    {
        if (_state.Kind != OrganizationKind.HeadOffice)
        {
            return OrganizationErrors.HeadOfficeRequired.Error(_state.Id.ToString());
        }

        if (kind is not (OrganizationKind.Branch or OrganizationKind.Department or OrganizationKind.Office))
        {
            return OrganizationErrors.UnitKindRequired.Error("kind");
        }

        return Register(id, code, kind, _state.Id, registration, profilePolicy, emailPolicy, now);
    }

    /// <summary>Replaces the profile after validating it.</summary>
    /// <param name="profile">The new profile.</param>
    /// <param name="policy">What the profile accepts.</param>
    public Result<Organization> UpdateProfile(OrganizationProfile profile, OrganizationProfilePolicy policy) =>
        OrganizationProfileValidator.Validate(profile, policy).Map(valid => With(_state with { Profile = valid }));

    /// <summary>Turns the one-time password requirement on or off.</summary>
    /// <param name="required">Whether sign-in needs a one-time password.</param>
    public Organization RequireOneTimePassword(bool required) => With(_state with { RequiresOneTimePassword = required });

    /// <summary>
    /// Moves a member's seat for one change of the member: a new member takes
    /// a seat of its type, an ending member frees one, a change of type or state moves it. A
    /// new seat of a type respects the quota; the last active administrator keeps its seat, since
    /// an administrator whose invitation was never accepted cannot act for the organization.
    /// Returns this organization unchanged when the seats stay as they are.
    /// </summary>
    /// <param name="before">The member as read; <see langword="null"/> for a new member.</param>
    /// <param name="after">The member as changed; <see langword="null"/> for a member that ends.</param>
    /// <param name="quota">The portal's quotas.</param>
    public Result<Organization> Reseat(Member? before, Member? after, QuotaPolicy quota)
    {
        ArgumentNullException.ThrowIfNull(quota);
        var from = before is null ? (Seat?)null : new Seat(before.Type, before.Status);
        var to = after is null ? (Seat?)null : new Seat(after.Type, after.Status);
        if (from == to)
        {
            return this;
        }

        if (from is { HoldsAdministration: true } && to is not { HoldsAdministration: true } && _state.Seats.ActiveAdministrators <= 1)
        {
            return MemberErrors.LastAdministrator.Error(_state.Id.ToString());
        }

        if (to is { } taken && from?.Type != taken.Type && QuotaError(taken.Type, quota) is { } quotaError)
        {
            return quotaError;
        }

        var seats = _state.Seats;
        if (from is { } freed)
        {
            seats = seats.Add(freed.Type, freed.Status, -1);
        }

        if (to is { } held)
        {
            seats = seats.Add(held.Type, held.Status, 1);
        }

        return seats == _state.Seats ? this : With(_state with { Seats = seats });
    }

    private Error? QuotaError(MemberType type, QuotaPolicy quota)
    {
        var limit = quota.LimitOf(type);
        return limit is { } max && _state.Seats.Of(type) >= max
            ? MemberErrors.QuotaReached.Error(type.ToString(), MessageDefinition.Argument("type", type.ToString()), MessageDefinition.Argument("limit", max))
            : null;
    }

    /// <summary>The seat one member holds: its type and state.</summary>
    private readonly record struct Seat(MemberType Type, MemberStatus Status)
    {
        /// <summary>Whether the seat keeps the organization administered: an administrator who accepted and is not disabled.</summary>
        public bool HoldsAdministration => Type == MemberType.Administrator && Status == MemberStatus.Active;
    }

    /// <summary>Checks a registration form without registering anything: every invalid field at once.</summary>
    /// <param name="registration">The form's content.</param>
    /// <param name="profilePolicy">What the profile accepts.</param>
    /// <param name="emailPolicy">What the manager's address accepts.</param>
    /// <returns>The errors; empty when the form is valid.</returns>
    public static IReadOnlyList<Error> Validate(OrganizationRegistration registration, OrganizationProfilePolicy profilePolicy, EmailPolicy emailPolicy)
    {
        var errors = new List<Error>();
        Validate(registration, profilePolicy, emailPolicy, errors);
        return errors;
    }

    private static (OrganizationProfile Profile, Contact? Manager) Validate(OrganizationRegistration registration, OrganizationProfilePolicy profilePolicy, EmailPolicy emailPolicy, List<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(profilePolicy);
        ArgumentNullException.ThrowIfNull(emailPolicy);
        if (!Industry.IsValid(registration.Industry))
        {
            errors.Add(OrganizationErrors.IndustryInvalid.Error(ProfileFields.Industry));
        }

        if (!Enum.IsDefined(registration.Category))
        {
            errors.Add(OrganizationErrors.CategoryInvalid.Error(ProfileFields.Category));
        }

        TextValidation.Check(registration.ReferringBankName, profilePolicy.ReferringBankName, ProfileFields.ReferringBankName, errors);
        var profile = OrganizationProfileValidator.Validate(registration.Profile, profilePolicy, errors);
        var manager = ValidateManager(registration.Manager, emailPolicy, errors);
        return (profile, manager);
    }

    private static Result<Organization> Register(
        OrganizationId id,
        OrganizationCode code,
        OrganizationKind kind,
        OrganizationId? headOfficeId,
        OrganizationRegistration registration,
        OrganizationProfilePolicy profilePolicy,
        EmailPolicy emailPolicy,
        Instant now)
    {
        var errors = new List<Error>();
        var (profile, manager) = Validate(registration, profilePolicy, emailPolicy, errors);
        if (errors.Count > 0)
        {
            return Result.Failure<Organization>([.. errors]);
        }

        return new Organization(new OrganizationSnapshot
        {
            Id = id,
            Code = code,
            Kind = kind,
            HeadOfficeId = headOfficeId,
            Industry = registration.Industry!,
            Category = registration.Category,
            ReferringBankName = string.IsNullOrWhiteSpace(registration.ReferringBankName) ? null : registration.ReferringBankName,
            Profile = profile,
            Manager = manager,
            RequiresOneTimePassword = registration.RequiresOneTimePassword,
            RegisteredAt = now,
        });
    }

    private static Contact? ValidateManager(Contact? manager, EmailPolicy emailPolicy, List<Error> errors)
    {
        if (manager is null)
        {
            return null;
        }

        TextValidation.Check(manager.Name, ManagerNameRule, ProfileFields.ManagerName, errors);
        var email = EmailAddress.Parse(manager.Email, ProfileFields.ManagerEmail, emailPolicy.MaxLength);
        if (email.IsFailure)
        {
            errors.AddRange(email.Errors);
            return null;
        }

        return new Contact(manager.Name, email.Value.Value);
    }

    private static Organization With(OrganizationSnapshot state) => new(state);
}
