using Accounts.Members;
using Accounts.Messages;
using Accounts.Results;
using Accounts.Text;
using NodaTime;

namespace Accounts.Organizations;

/// <summary>
/// An organization (R-ORG-1..3): the unit that registers, applies for services and owns
/// accounts. A head office, or a branch, department or office under a registered head office.
/// It keeps the seats its accounts occupy, so quotas (R-ACC-5) and the last-administrator rule
/// (R-ACC-4) are decided under its version. Immutable: every change returns a new organization.
/// </summary>
public sealed class Organization
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

    /// <summary>Registers a branch, department or office under this organization, which must be a head office (R-ORG-2).</summary>
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

    /// <summary>Replaces the profile after validating it (R-ORG-4).</summary>
    /// <param name="profile">The new profile.</param>
    /// <param name="policy">What the profile accepts.</param>
    public Result<Organization> UpdateProfile(OrganizationProfile profile, OrganizationProfilePolicy policy) =>
        OrganizationProfileValidator.Validate(profile, policy).Map(valid => With(_state with { Profile = valid }));

    /// <summary>Turns the one-time password requirement on or off (R-PWD-6).</summary>
    /// <param name="required">Whether sign-in needs a one-time password.</param>
    public Organization RequireOneTimePassword(bool required) => With(_state with { RequiresOneTimePassword = required });

    /// <summary>Takes a seat for a new account of the type, unless the quota is reached (R-ACC-5).</summary>
    /// <param name="type">The member type.</param>
    /// <param name="quota">The portal's quotas.</param>
    public Result<Organization> ReserveSeat(MemberType type, QuotaPolicy quota)
    {
        ArgumentNullException.ThrowIfNull(quota);
        var error = QuotaError(type, quota);
        return error is null ? With(_state with { Seats = _state.Seats.Add(type, 1) }) : error;
    }

    /// <summary>Frees the seat of an account that ends, unless it is the last enabled administrator (R-ACC-4).</summary>
    /// <param name="type">The account's type.</param>
    /// <param name="disabled">Whether the account is disabled.</param>
    public Result<Organization> ReleaseSeat(MemberType type, bool disabled)
    {
        var error = LastAdministratorError(type, disabled);
        if (error is not null)
        {
            return error;
        }

        var seats = _state.Seats.Add(type, -1);
        if (type == MemberType.Administrator && disabled)
        {
            seats = seats with { DisabledAdministrators = seats.DisabledAdministrators - 1 };
        }

        return With(_state with { Seats = seats });
    }

    /// <summary>Moves a seat from one type to another: the new type's quota applies, and the last enabled administrator cannot be demoted.</summary>
    /// <param name="from">The current type.</param>
    /// <param name="to">The new type.</param>
    /// <param name="disabled">Whether the account is disabled.</param>
    /// <param name="quota">The portal's quotas.</param>
    public Result<Organization> MoveSeat(MemberType from, MemberType to, bool disabled, QuotaPolicy quota)
    {
        ArgumentNullException.ThrowIfNull(quota);
        var error = LastAdministratorError(from, disabled) ?? QuotaError(to, quota);
        if (error is not null)
        {
            return error;
        }

        var seats = _state.Seats.Add(from, -1).Add(to, 1);
        if (disabled && from == MemberType.Administrator)
        {
            seats = seats with { DisabledAdministrators = seats.DisabledAdministrators - 1 };
        }
        else if (disabled && to == MemberType.Administrator)
        {
            seats = seats with { DisabledAdministrators = seats.DisabledAdministrators + 1 };
        }

        return With(_state with { Seats = seats });
    }

    /// <summary>Records that an account of the type was disabled; the last enabled administrator cannot be.</summary>
    /// <param name="type">The account's type.</param>
    public Result<Organization> DisableSeat(MemberType type)
    {
        if (type != MemberType.Administrator)
        {
            return this;
        }

        var error = LastAdministratorError(type, disabled: false);
        return error ?? (Result<Organization>)With(_state with { Seats = _state.Seats with { DisabledAdministrators = _state.Seats.DisabledAdministrators + 1 } });
    }

    /// <summary>Records that an account of the type was enabled again.</summary>
    /// <param name="type">The account's type.</param>
    public Organization EnableSeat(MemberType type) => type != MemberType.Administrator
        ? this
        : With(_state with { Seats = _state.Seats with { DisabledAdministrators = _state.Seats.DisabledAdministrators - 1 } });

    private Error? QuotaError(MemberType type, QuotaPolicy quota)
    {
        var limit = quota.LimitOf(type);
        return limit is { } max && _state.Seats.Of(type) >= max
            ? MemberErrors.QuotaReached.Error(type.ToString(), MessageDefinition.Argument("type", type.ToString()), MessageDefinition.Argument("limit", max))
            : null;
    }

    private Error? LastAdministratorError(MemberType type, bool disabled) =>
        type == MemberType.Administrator && !disabled && _state.Seats.EnabledAdministrators <= 1
            ? MemberErrors.LastAdministrator.Error(_state.Id.ToString())
            : null;

    /// <summary>Checks a registration form without registering anything: every invalid field at once (R-ORG-3, R-ORG-4).</summary>
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
