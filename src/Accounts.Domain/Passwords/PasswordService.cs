using Accounts.Auditing;
using Accounts.Calendars;
using Accounts.Concurrency;
using Accounts.DependencyInjection;
using Accounts.Identifiers;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.Security;
using Accounts.Storage;
using NodaTime;

namespace Accounts.Passwords;

/// <summary>
/// Changes a person's own password: the current one verified, the policy and the history
/// applied, the age restarted, a confirmation mail written to the outbox (R-PWD-1..5, R-PWD-7).
/// </summary>
public sealed class PasswordService
{
    private readonly IMemberStore _accounts;
    private readonly IUnitOfWork _unitOfWork;
    private readonly AuditTrail _audit;
    private readonly IPasswordHasher _hasher;
    private readonly IPasswordBlocklist _blocklist;
    private readonly IClock _clock;
    private readonly ISecretGenerator _secrets;
    private readonly AccountsOptions _options;

    /// <summary>Creates the service over the host's ports.</summary>
    /// <param name="accounts">Account reads.</param>
    /// <param name="unitOfWork">Atomic writes.</param>
    /// <param name="auditLog">The audit trail.</param>
    /// <param name="hasher">The password hasher.</param>
    /// <param name="blocklist">The password blocklist.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="secrets">The cryptographic generator.</param>
    /// <param name="options">The portal's policies.</param>
    public PasswordService(IMemberStore accounts, IUnitOfWork unitOfWork, IAuditLog auditLog, IPasswordHasher hasher, IPasswordBlocklist blocklist, IClock clock, ISecretGenerator secrets, AccountsOptions options)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(auditLog);
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(blocklist);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(options);
        _accounts = accounts;
        _unitOfWork = unitOfWork;
        _audit = new AuditTrail(auditLog);
        _hasher = hasher;
        _blocklist = blocklist;
        _clock = clock;
        _secrets = secrets;
        _options = options;
    }

    /// <summary>
    /// Changes the password. Every violated rule of the new password is reported at once
    /// (R-PWD-3); the current password may not be reused (R-PWD-2).
    /// </summary>
    /// <param name="accountId">The account whose holder is signed in (or in the password change step of sign-in).</param>
    /// <param name="currentPassword">The current password.</param>
    /// <param name="newPassword">The new password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account, or <c>password.incorrect</c> or the new password's errors.</returns>
    public ValueTask<Result<MemberId>> ChangePasswordAsync(MemberId accountId, string? currentPassword, string? newPassword, CancellationToken cancellationToken = default)
    {
        TypedId.ThrowIfEmpty(accountId);
        var scope = new AuditScope(_clock.GetCurrentInstant(), ActorRef.Member(accountId), AuditActions.ChangePassword, accountId.ToString());
        return OptimisticRetry.RunAsync(
            (Service: this, MemberId: accountId, Current: currentPassword ?? string.Empty, New: newPassword ?? string.Empty, Scope: scope),
            static (state, token) => state.Service.TryChangeAsync(state.MemberId, state.Current, state.New, state.Scope, token),
            _options.MaxCommitAttempts,
            _audit,
            scope,
            cancellationToken);
    }

    private async ValueTask<Attempt<MemberId>> TryChangeAsync(MemberId accountId, string currentPassword, string newPassword, AuditScope scope, CancellationToken cancellationToken)
    {
        var account = await _accounts.FindAsync(accountId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return await _audit.RefuseAsync<MemberId>(MemberErrors.NotFound.Error(accountId.ToString()), scope, cancellationToken).ConfigureAwait(false);
        }

        scope = scope with { OrganizationId = account.OrganizationId };
        if (account.Status != MemberStatus.Active || account.Credential is null)
        {
            return await _audit.RefuseAsync<MemberId>(PermissionErrors.ActorInactive.Error(accountId.ToString()), scope, cancellationToken).ConfigureAwait(false);
        }

        if (_hasher.Verify(account.Credential.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
        {
            return await _audit.RefuseAsync<MemberId>(PasswordErrors.Incorrect.Error("currentPassword"), scope, cancellationToken).ConfigureAwait(false);
        }

        var errors = await PasswordRules.CheckNewPasswordAsync(newPassword, account, _options.Passwords, _hasher, _blocklist, cancellationToken).ConfigureAwait(false);
        if (!errors.IsEmpty)
        {
            return await _audit.RefuseAsync(Result.Failure<MemberId>(errors), scope, cancellationToken).ConfigureAwait(false);
        }

        var credential = PasswordHistory.Rotate(account.Credential, _hasher.Hash(newPassword), _options.Passwords, scope.At);
        var changed = Member.FromSnapshot(account).WithCredential(credential);
        var mail = new OutboxMessage
        {
            Id = TypedId.New<OutboxMessageId>(_secrets),
            Template = MailTemplateKeys.PasswordChanged,
            To = [account.Email],
            Language = account.Language,
            Parameters = [new(MailParameterNames.MemberName, account.DisplayName), new(MailParameterNames.ChangedAt, JapanTime.Format(scope.At))],
            CreatedAt = scope.At,
        };
        var commit = await _unitOfWork.CommitAsync(new ChangeSet { Accounts = [changed.ToSnapshot()], Mail = [mail], Audit = [scope.Succeeded()] }, cancellationToken).ConfigureAwait(false);
        return commit.IsCommitted ? Result.Success(accountId) : Attempt<MemberId>.Conflict;
    }
}
