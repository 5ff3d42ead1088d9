using Accounts.Auditing;
using Accounts.DependencyInjection;
using Accounts.Members;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.Storage;
using NodaTime;

namespace Accounts.SignIn;

/// <summary>
/// Signs people in: e-mail and password, then a one-time password when the organization or
/// the person asks for one. Wraps <see cref="SignInRules"/> with the ports and audits every
/// attempt. An unknown e-mail address and a wrong password give the same answer after the
/// same hashing work, so nobody learns which addresses exist.
/// </summary>
public sealed class SignInService
{
    private const string DummyPassword = "dummy password: equalizes the cost of unknown addresses";
    private readonly IOrganizationStore _organizations;
    private readonly IMemberStore _accounts;
    private readonly IUnitOfWork _unitOfWork;
    private readonly IAuditLog _auditLog;
    private readonly IPasswordHasher _hasher;
    private readonly ISecretProtector _protector;
    private readonly IClock _clock;
    private readonly ISecretGenerator _secrets;
    private readonly AccountsOptions _options;
    private readonly Lazy<string> _dummyHash;

    // One hash of the dummy password per hasher, shared by every service instance: hosts
    // register the service per scope, and the hash costs as much as a real one.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPasswordHasher, Lazy<string>> DummyHashes = [];

    /// <summary>Creates the service over the host's ports.</summary>
    /// <param name="organizations">Organization reads, for the one-time password requirement.</param>
    /// <param name="accounts">Account reads.</param>
    /// <param name="unitOfWork">Atomic writes.</param>
    /// <param name="auditLog">The audit trail.</param>
    /// <param name="hasher">The password hasher.</param>
    /// <param name="protector">Decrypts TOTP secrets.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="secrets">The cryptographic generator.</param>
    /// <param name="options">The portal's policies.</param>
    public SignInService(
        IOrganizationStore organizations,
        IMemberStore accounts,
        IUnitOfWork unitOfWork,
        IAuditLog auditLog,
        IPasswordHasher hasher,
        ISecretProtector protector,
        IClock clock,
        ISecretGenerator secrets,
        AccountsOptions options)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(auditLog);
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(protector);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(options);
        _organizations = organizations;
        _accounts = accounts;
        _unitOfWork = unitOfWork;
        _auditLog = auditLog;
        _hasher = hasher;
        _protector = protector;
        _clock = clock;
        _secrets = secrets;
        _options = options;
        _dummyHash = DummyHashes.GetValue(hasher, static h => new Lazy<string>(() => h.Hash(DummyPassword)));
    }

    /// <summary>The password step.</summary>
    /// <param name="email">The e-mail address given.</param>
    /// <param name="password">The password given.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async ValueTask<SignInResult> SignInAsync(string? email, string? password, CancellationToken cancellationToken = default)
    {
        password ??= string.Empty;
        // Any address a portal ever admitted may sign in, whatever the current policy's limit.
        var address = EmailAddress.Parse(email, "email", EmailAddress.MaxLength);
        var hint = address.IsSuccess ? address.Value.Value : string.Empty;
        for (var attempt = 1; ; attempt++)
        {
            var now = _clock.GetCurrentInstant();
            var account = address.IsSuccess ? await _accounts.FindByEmailAsync(address.Value.Value, cancellationToken).ConfigureAwait(false) : null;
            var verification = _hasher.Verify(account?.Credential?.PasswordHash ?? _dummyHash.Value, password);
            var matches = account?.Credential is not null && verification != PasswordVerificationResult.Failed;
            var newHash = matches && verification == PasswordVerificationResult.SucceededRehashNeeded ? _hasher.Hash(password) : null;
            var requiresOneTimePassword = matches && await OrganizationRequiresOneTimePasswordAsync(account!, cancellationToken).ConfigureAwait(false);
            var decision = SignInRules.DecidePassword(account, matches, newHash, requiresOneTimePassword, now, _options.Passwords, _options.Lockout);

            RevealedSecret? challenge = null;
            var credential = decision.Credential;
            if (decision.Outcome == SignInOutcome.OneTimePasswordRequired)
            {
                var token = SecretToken.Issue(account!.Id.Value, _secrets);
                credential = SignInRules.AwaitOneTimePassword(credential!, token.Hash, now, _options.OneTimePasswords);
                challenge = new RevealedSecret(token.Token);
            }

            var result = Result(decision, account, challenge);
            // Whoever typed a wrong password is not the account holder until proven otherwise.
            var actor = matches ? ActorRef.Member(account!.Id) : ActorRef.Anonymous(hint);
            var audit = Audit(now, actor, AuditActions.SignIn, account, result);
            if (account is null || credential is null)
            {
                await _auditLog.AppendAsync(audit, cancellationToken).ConfigureAwait(false);
                return result;
            }

            var commit = await _unitOfWork.CommitAsync(new ChangeSet { Accounts = [account with { Credential = credential }], Audit = [audit] }, cancellationToken).ConfigureAwait(false);
            if (commit.IsCommitted || attempt >= _options.MaxCommitAttempts)
            {
                return commit.IsCommitted ? result : new SignInResult(SignInOutcome.InvalidCredentials);
            }
        }
    }

    /// <summary>The second step: the challenge from the password step and the code from the authenticator app.</summary>
    /// <param name="challenge">The challenge token.</param>
    /// <param name="code">The one-time password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async ValueTask<SignInResult> CompleteWithOneTimePasswordAsync(string? challenge, string? code, CancellationToken cancellationToken = default)
    {
        var readable = SecretToken.TryRead(challenge, out var subject, out var presentedHash);
        for (var attempt = 1; ; attempt++)
        {
            var now = _clock.GetCurrentInstant();
            var account = readable ? await _accounts.FindAsync(MemberId.FromGuid(subject), cancellationToken).ConfigureAwait(false) : null;
            var credential = account?.Credential;
            var challengeMatches = SecretToken.HashesEqual(credential?.PendingSignIn?.ChallengeHash, presentedHash);
            long? matchedStep = null;
            if (challengeMatches && credential?.OneTimePassword is { } enrollment && _protector.TryUnprotect(enrollment.ProtectedSecret, out var secret))
            {
                matchedStep = Totp.Verify(secret, code, now, enrollment.LastAcceptedTimeStep, _options.OneTimePasswords);
                Array.Clear(secret);
            }

            var decision = SignInRules.DecideOneTimePassword(account, challengeMatches, matchedStep, now, _options.Passwords, _options.Lockout);
            var result = Result(decision, account, null);
            var actor = challengeMatches ? ActorRef.Member(account!.Id) : ActorRef.Anonymous();
            var audit = Audit(now, actor, AuditActions.SignInOneTimePassword, account, result);
            if (account is null || decision.Credential is null)
            {
                await _auditLog.AppendAsync(audit, cancellationToken).ConfigureAwait(false);
                return result;
            }

            var commit = await _unitOfWork.CommitAsync(new ChangeSet { Accounts = [account with { Credential = decision.Credential }], Audit = [audit] }, cancellationToken).ConfigureAwait(false);
            if (commit.IsCommitted || attempt >= _options.MaxCommitAttempts)
            {
                return commit.IsCommitted ? result : new SignInResult(SignInOutcome.ChallengeInvalid);
            }
        }
    }

    private async ValueTask<bool> OrganizationRequiresOneTimePasswordAsync(MemberSnapshot account, CancellationToken cancellationToken)
    {
        var organization = await _organizations.FindAsync(account.OrganizationId, cancellationToken).ConfigureAwait(false);
        return organization?.RequiresOneTimePassword == true;
    }

    private static SignInResult Result(SignInDecision decision, MemberSnapshot? account, RevealedSecret? challenge)
    {
        var revealsAccount = decision.Outcome is SignInOutcome.Succeeded or SignInOutcome.PasswordChangeRequired or SignInOutcome.OneTimePasswordEnrollmentRequired;
        return new SignInResult(decision.Outcome, revealsAccount ? account?.Id : null, challenge, decision.LockedOutUntil, decision.PasswordChangeReason);
    }

    private static AuditEntry Audit(Instant now, ActorRef actor, string action, MemberSnapshot? account, SignInResult result)
    {
        var outcome = result.Outcome switch
        {
            SignInOutcome.Succeeded or SignInOutcome.PasswordChangeRequired or SignInOutcome.OneTimePasswordRequired or SignInOutcome.OneTimePasswordEnrollmentRequired => AuditOutcome.Succeeded,
            SignInOutcome.Disabled or SignInOutcome.LockedOut => AuditOutcome.Denied,
            _ => AuditOutcome.Failed,
        };
        var code = outcome == AuditOutcome.Succeeded ? null : result.Error?.Code;
        return new AuditEntry(now, actor, action, account?.Id.ToString() ?? string.Empty, outcome, code, account?.OrganizationId);
    }
}
