using System.Runtime.CompilerServices;
using Accounts.Auditing;
using Accounts.Diagnostics;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.UseCases;

namespace Accounts.SignIn;

/// <summary>
/// Signs people in: e-mail and password, then a one-time password when the organization or
/// the person asks for one. Runs through the use-case pipeline like every use case, which
/// audits every attempt. An unknown e-mail address and a wrong password give the same answer
/// after the same hashing work, so nobody learns which addresses exist. Until the password is
/// right, the audit trail names the person only by a keyed hash of what they typed as address
/// (it may be a password typed into the wrong field) and, for a known address, the account.
/// </summary>
public sealed class SignInService
{
    private const string DummyPassword = "dummy password: equalizes the cost of unknown addresses";

    // One hash of the dummy password per hasher, shared by every service instance: hosts
    // register the service per scope, and the hash costs as much as a real one.
    private static readonly ConditionalWeakTable<IPasswordHasher, Lazy<string>> DummyHashes = [];

    private readonly UseCasePipeline _pipeline;
    private readonly IPasswordHasher _hasher;
    private readonly ISecretProtector? _protector;
    private readonly Lazy<string> _dummyHash;
    private readonly AuditPseudonyms _pseudonyms;

    internal SignInService(UseCasePipeline pipeline, IPasswordHasher hasher, ISecretProtector? protector, AuditPseudonyms pseudonyms) =>
        (_pipeline, _hasher, _protector, _dummyHash, _pseudonyms) = (pipeline, hasher, protector, DummyHashes.GetValue(hasher, static h => new Lazy<string>(() => h.Hash(DummyPassword))), pseudonyms);

    /// <summary>The password step.</summary>
    /// <param name="identifier">What the person typed to identify themselves: the e-mail address, or on a portal that issues user IDs (<see cref="SignInIdentifierPolicy"/>) the user ID.</param>
    /// <param name="password">The password given.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async ValueTask<SignInResult> SignInAsync(string? identifier, string? password, CancellationToken cancellationToken = default)
    {
        var known = _pipeline.Policies.SignInIdentifier.IssuesUserIds ? UserIdAsTyped(identifier) : AddressAsTyped(identifier);

        // Retried until it commits, so every failed attempt is counted; the attempt hashes once.
        var result = await _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Anonymous(_pseudonyms.Of(known ?? identifier)), SignInAuditActions.Password, string.Empty, Retry: RetryMode.UntilCommitted),
            (Service: this, Identifier: known, Password: new TypedPassword(password)),
            static (state, run, token) => state.Service.PasswordStepAsync(state.Identifier, state.Password, run, token),
            cancellationToken).ConfigureAwait(false);
        return Observed(result.IsSuccess ? result.Value : new SignInResult(SignInOutcome.InvalidCredentials), SignInAuditActions.Password);
    }

    /// <summary>The second step: the challenge from the password step and the code from the authenticator app.</summary>
    /// <param name="challenge">The challenge token.</param>
    /// <param name="code">The one-time password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async ValueTask<SignInResult> CompleteWithOneTimePasswordAsync(string? challenge, string? code, CancellationToken cancellationToken = default)
    {
        var result = await _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Anonymous(), SignInAuditActions.OneTimePassword, string.Empty, Retry: RetryMode.UntilCommitted),
            (Service: this, Challenge: challenge, Code: code),
            static (state, run, token) => state.Service.OneTimePasswordStepAsync(state.Challenge, state.Code, run, token),
            cancellationToken).ConfigureAwait(false);
        return Observed(result.IsSuccess ? result.Value : new SignInResult(SignInOutcome.ChallengeInvalid), SignInAuditActions.OneTimePassword);
    }

    /// <summary>Counts the outcome and logs a refusal; the log names the account only once it is known, never the identifier typed.</summary>
    private SignInResult Observed(SignInResult result, string step)
    {
        _pipeline.Telemetry.SignIns.Add(1, new KeyValuePair<string, object?>("accounts.outcome", result.Outcome.ToString()));
        if (result.Error is { } error && result.Outcome != SignInOutcome.PasswordChangeRequired)
        {
            AccountsLog.SignInRefused(_pipeline.Logger, step, result.MemberId, error.Code);
        }

        return result;
    }

    /// <summary>Counts and logs the wrong guess that locks an account, once: guesses while it is locked do not lock it again.</summary>
    private void NoteLockout(MemberSnapshot before, SignInStep step, UseCaseRun run)
    {
        if (step.Decision.LockedOutUntil is { } until && before.Credential is { } credential && SignInRules.LockedUntil(credential, run.Now) is null)
        {
            _pipeline.Telemetry.Lockouts.Add(1);
            AccountsLog.LockedOut(_pipeline.Logger, before.Id, until);
        }
    }

    // Any address a portal ever admitted may sign in, whatever the current policy's limit.
    private static string? AddressAsTyped(string? identifier) =>
        EmailAddress.Parse(identifier, "email", EmailAddress.MaxLength) is { IsSuccess: true } address ? address.Value.Value : null;

    private static string? UserIdAsTyped(string? identifier) =>
        identifier is null ? null : SignInIdentifierPolicy.NormalizeUserId(identifier) is { Length: > 0 } userId ? userId : null;

    private async ValueTask<Outcome<SignInResult>> PasswordStepAsync(string? identifier, TypedPassword password, UseCaseRun run, CancellationToken cancellationToken)
    {
        var snapshot = identifier is null ? null
            : run.Policies.SignInIdentifier.IssuesUserIds ? await run.Store.FindMemberByUserIdAsync(identifier, cancellationToken).ConfigureAwait(false)
            : await run.Store.FindMemberByEmailAsync(identifier, cancellationToken).ConfigureAwait(false);
        var verification = password.Verify(snapshot?.Credential?.PasswordHash ?? _dummyHash.Value, _hasher);
        var matches = snapshot?.Credential is not null && verification != PasswordVerificationResult.Failed;
        if (snapshot is null)
        {
            return Recorded(new SignInResult(SignInOutcome.InvalidCredentials));
        }

        run.Target = snapshot.Id.ToString();
        run.OrganizationId = snapshot.OrganizationId;
        if (matches)
        {
            // Whoever typed a wrong password is not the member until proven otherwise.
            run.ActAs(ActorRef.Member(snapshot.Id));
        }

        var newHash = matches && verification == PasswordVerificationResult.SucceededRehashNeeded ? password.Hash(_hasher) : null;
        var requiresOneTimePassword = matches && (await run.Store.FindOrganizationAsync(snapshot.OrganizationId, cancellationToken).ConfigureAwait(false))?.RequiresOneTimePassword == true;
        var policies = run.Policies;
        var step = Member.FromSnapshot(snapshot).SignInWithPassword(matches, newHash, requiresOneTimePassword, run.Now, policies.Passwords, policies.Lockout);
        NoteLockout(snapshot, step, run);
        var changed = step.Changed;
        RevealedSecret? challenge = null;
        if (step.Decision.Outcome == SignInOutcome.OneTimePasswordRequired)
        {
            var token = SecretToken.Issue(snapshot.Id.Value, run.Secrets);
            changed = changed!.AwaitOneTimePassword(token.Hash, run.Now, policies.OneTimePasswords);
            challenge = new RevealedSecret(token.Token);
        }

        if (changed is not null)
        {
            run.Save(changed.ToSnapshot());
        }

        return Recorded(Result(step.Decision, snapshot, challenge));
    }

    private async ValueTask<Outcome<SignInResult>> OneTimePasswordStepAsync(string? challenge, string? code, UseCaseRun run, CancellationToken cancellationToken)
    {
        var snapshot = SecretToken.TryRead(challenge, out var subject, out var presentedHash)
            ? await run.Store.FindMemberAsync(MemberId.FromGuid(subject), cancellationToken).ConfigureAwait(false)
            : null;
        var credential = snapshot?.Credential;
        var challengeMatches = SecretToken.HashesEqual(credential?.PendingSignIn?.ChallengeHash, presentedHash);
        if (snapshot is null)
        {
            return Recorded(new SignInResult(SignInOutcome.ChallengeInvalid));
        }

        run.Target = snapshot.Id.ToString();
        run.OrganizationId = snapshot.OrganizationId;
        if (challengeMatches)
        {
            run.ActAs(ActorRef.Member(snapshot.Id));
        }

        long? matchedStep = null;
        if (challengeMatches && credential?.OneTimePassword is { } enrollment && _protector is not null && _protector.TryUnprotect(enrollment.ProtectedSecret, TotpSecretBinding.For(snapshot.Id), out var secret))
        {
            matchedStep = Totp.Verify(secret, code, run.Now, enrollment.LastAcceptedTimeStep, run.Policies.OneTimePasswords);
            Array.Clear(secret);
        }

        var step = Member.FromSnapshot(snapshot).SignInWithOneTimePassword(challengeMatches, matchedStep, run.Now, run.Policies.Passwords, run.Policies.Lockout);
        NoteLockout(snapshot, step, run);
        if (step.Changed is { } changed)
        {
            run.Save(changed.ToSnapshot());
        }

        return Recorded(Result(step.Decision, snapshot, null));
    }

    private static SignInResult Result(SignInDecision decision, MemberSnapshot member, RevealedSecret? challenge)
    {
        var revealsMember = decision.Outcome is SignInOutcome.Succeeded or SignInOutcome.PasswordChangeRequired or SignInOutcome.OneTimePasswordEnrollmentRequired;
        return new SignInResult(decision.Outcome, revealsMember ? member.Id : null, challenge, decision.LockedOutUntil, decision.PasswordChangeReason);
    }

    private static Outcome<SignInResult> Recorded(SignInResult result)
    {
        var outcome = result.Outcome switch
        {
            SignInOutcome.Succeeded or SignInOutcome.PasswordChangeRequired or SignInOutcome.OneTimePasswordRequired or SignInOutcome.OneTimePasswordEnrollmentRequired => AuditOutcome.Succeeded,
            SignInOutcome.Disabled or SignInOutcome.LockedOut => AuditOutcome.Denied,
            _ => AuditOutcome.Failed,
        };
        return Outcome<SignInResult>.Record(result, outcome, outcome == AuditOutcome.Succeeded ? null : result.Error?.Code);
    }
}
