using Accounts.Auditing;
using Accounts.Calendars;
using Accounts.Concurrency;
using Accounts.DependencyInjection;
using Accounts.Identifiers;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.Storage;
using NodaTime;

namespace Accounts.SignIn;

/// <summary>
/// Sets up one-time passwords for a person (R-PWD-6): a TOTP secret (RFC 6238) shown once as
/// Base32 and an <c>otpauth://</c> URI, stored encrypted, confirmed with a first code.
/// </summary>
public sealed class OneTimePasswordService
{
    private readonly IMemberStore _accounts;
    private readonly IUnitOfWork _unitOfWork;
    private readonly AuditTrail _audit;
    private readonly ISecretProtector _protector;
    private readonly IClock _clock;
    private readonly ISecretGenerator _secrets;
    private readonly AccountsOptions _options;

    /// <summary>Creates the service over the host's ports.</summary>
    /// <param name="accounts">Account reads.</param>
    /// <param name="unitOfWork">Atomic writes.</param>
    /// <param name="auditLog">The audit trail.</param>
    /// <param name="protector">Encrypts TOTP secrets at rest.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="secrets">The cryptographic generator.</param>
    /// <param name="options">The portal's policies.</param>
    public OneTimePasswordService(IMemberStore accounts, IUnitOfWork unitOfWork, IAuditLog auditLog, ISecretProtector protector, IClock clock, ISecretGenerator secrets, AccountsOptions options)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(auditLog);
        ArgumentNullException.ThrowIfNull(protector);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(options);
        _accounts = accounts;
        _unitOfWork = unitOfWork;
        _audit = new AuditTrail(auditLog);
        _protector = protector;
        _clock = clock;
        _secrets = secrets;
        _options = options;
    }

    /// <summary>Starts (or restarts) an enrollment: a new secret, returned once. Refused when a confirmed enrollment exists.</summary>
    /// <param name="accountId">The signed-in account.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OneTimePasswordEnrollment>> BeginEnrollmentAsync(MemberId accountId, CancellationToken cancellationToken = default)
    {
        TypedId.ThrowIfEmpty(accountId);
        var scope = new AuditScope(_clock.GetCurrentInstant(), ActorRef.Member(accountId), AuditActions.BeginOneTimePasswordEnrollment, accountId.ToString());
        return OptimisticRetry.RunAsync(
            (Service: this, MemberId: accountId, Scope: scope),
            static (state, token) => state.Service.TryBeginAsync(state.MemberId, state.Scope, token),
            _options.MaxCommitAttempts,
            _audit,
            scope,
            cancellationToken);
    }

    /// <summary>Confirms the enrollment with a first code from the authenticator app; from then on sign-in asks for a code.</summary>
    /// <param name="accountId">The signed-in account.</param>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<MemberId>> ConfirmEnrollmentAsync(MemberId accountId, string? code, CancellationToken cancellationToken = default)
    {
        TypedId.ThrowIfEmpty(accountId);
        var scope = new AuditScope(_clock.GetCurrentInstant(), ActorRef.Member(accountId), AuditActions.ConfirmOneTimePasswordEnrollment, accountId.ToString());
        return OptimisticRetry.RunAsync(
            (Service: this, MemberId: accountId, Code: code, Scope: scope),
            static (state, token) => state.Service.TryConfirmAsync(state.MemberId, state.Code, state.Scope, token),
            _options.MaxCommitAttempts,
            _audit,
            scope,
            cancellationToken);
    }

    private async ValueTask<Attempt<OneTimePasswordEnrollment>> TryBeginAsync(MemberId accountId, AuditScope scope, CancellationToken cancellationToken)
    {
        var account = await ActiveAccountAsync(accountId, cancellationToken).ConfigureAwait(false);
        if (account.IsFailure)
        {
            return await _audit.RefuseAsync(Result.Failure<OneTimePasswordEnrollment>(account.Errors), scope, cancellationToken).ConfigureAwait(false);
        }

        var snapshot = account.Value;
        scope = scope with { OrganizationId = snapshot.OrganizationId };
        if (snapshot.Credential!.OneTimePassword is { Confirmed: true })
        {
            return await _audit.RefuseAsync<OneTimePasswordEnrollment>(OneTimePasswordErrors.AlreadyEnrolled.Error(accountId.ToString()), scope, cancellationToken).ConfigureAwait(false);
        }

        var secret = new byte[_options.OneTimePasswords.SecretLength];
        _secrets.Fill(secret);
        var base32 = Base32.Encode(secret);
        var enrollment = new OneTimePasswordSnapshot { ProtectedSecret = _protector.Protect(secret), EnrolledAt = scope.At };
        Array.Clear(secret);
        var updated = snapshot with { Credential = snapshot.Credential with { OneTimePassword = enrollment } };
        var commit = await _unitOfWork.CommitAsync(new ChangeSet { Accounts = [updated], Audit = [scope.Succeeded()] }, cancellationToken).ConfigureAwait(false);
        if (!commit.IsCommitted)
        {
            return Attempt<OneTimePasswordEnrollment>.Conflict;
        }

        var uri = OtpAuthUri.Create(_options.PortalName, snapshot.Email, base32, _options.OneTimePasswords);
        return Result.Success(new OneTimePasswordEnrollment(new RevealedSecret(base32), new RevealedSecret(uri)));
    }

    private async ValueTask<Attempt<MemberId>> TryConfirmAsync(MemberId accountId, string? code, AuditScope scope, CancellationToken cancellationToken)
    {
        var account = await ActiveAccountAsync(accountId, cancellationToken).ConfigureAwait(false);
        if (account.IsFailure)
        {
            return await _audit.RefuseAsync(Result.Failure<MemberId>(account.Errors), scope, cancellationToken).ConfigureAwait(false);
        }

        var snapshot = account.Value;
        scope = scope with { OrganizationId = snapshot.OrganizationId };
        if (snapshot.Credential!.OneTimePassword is not { } enrollment)
        {
            return await _audit.RefuseAsync<MemberId>(OneTimePasswordErrors.NotEnrolled.Error(accountId.ToString()), scope, cancellationToken).ConfigureAwait(false);
        }

        if (enrollment.Confirmed)
        {
            return await _audit.RefuseAsync<MemberId>(OneTimePasswordErrors.AlreadyEnrolled.Error(accountId.ToString()), scope, cancellationToken).ConfigureAwait(false);
        }

        long? step = null;
        if (_protector.TryUnprotect(enrollment.ProtectedSecret, out var secret))
        {
            step = Totp.Verify(secret, code, scope.At, enrollment.LastAcceptedTimeStep, _options.OneTimePasswords);
            Array.Clear(secret);
        }

        if (step is null)
        {
            return await _audit.RefuseAsync<MemberId>(OneTimePasswordErrors.InvalidCode.Error("code"), scope, cancellationToken).ConfigureAwait(false);
        }

        var confirmed = enrollment with { Confirmed = true, LastAcceptedTimeStep = step.Value };
        var updated = snapshot with { Credential = snapshot.Credential with { OneTimePassword = confirmed } };
        var mail = new OutboxMessage
        {
            Id = TypedId.New<OutboxMessageId>(_secrets),
            Template = MailTemplateKeys.OneTimePasswordEnabled,
            To = [snapshot.Email],
            Language = snapshot.Language,
            Parameters = [new(MailParameterNames.MemberName, snapshot.DisplayName), new(MailParameterNames.EnabledAt, JapanTime.Format(scope.At))],
            CreatedAt = scope.At,
        };
        var commit = await _unitOfWork.CommitAsync(new ChangeSet { Accounts = [updated], Mail = [mail], Audit = [scope.Succeeded()] }, cancellationToken).ConfigureAwait(false);
        return commit.IsCommitted ? Result.Success(accountId) : Attempt<MemberId>.Conflict;
    }

    private async ValueTask<Result<MemberSnapshot>> ActiveAccountAsync(MemberId accountId, CancellationToken cancellationToken)
    {
        var account = await _accounts.FindAsync(accountId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return MemberErrors.NotFound.Error(accountId.ToString());
        }

        return account.Status == MemberStatus.Active && account.Credential is not null
            ? account
            : PermissionErrors.ActorInactive.Error(accountId.ToString());
    }
}
