using Accounts.Auditing;
using Accounts.Calendars;
using Accounts.Members;
using Accounts.Messages;
using Accounts.Notifications;
using Accounts.Results;
using Accounts.Security;
using Accounts.SignIn;
using Accounts.UseCases;
using Ardalis.GuardClauses;
using NodaTime;

namespace Accounts.Passwords;

/// <summary>
/// Changes a person's own password: the current one verified, the policy and the history
/// applied, the age restarted, a confirmation mail written to the outbox.
/// </summary>
public sealed class PasswordService
{
    private readonly UseCasePipeline _pipeline;
    private readonly IPasswordHasher _hasher;
    private readonly IPasswordBlocklist _blocklist;

    internal PasswordService(UseCasePipeline pipeline, IPasswordHasher hasher, IPasswordBlocklist blocklist) =>
        (_pipeline, _hasher, _blocklist) = (pipeline, hasher, blocklist);

    /// <summary>
    /// Changes the password. Every violated rule of the new password is reported at once
    ///; the current password may not be reused.
    /// </summary>
    /// <param name="memberId">The member whose holder is signed in (or in the password change step of sign-in).</param>
    /// <param name="currentPassword">The current password.</param>
    /// <param name="newPassword">The new password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The member; or <c>password.incorrect</c>, which counts as a failed sign-in attempt, or
    /// <c>signin.locked_out</c> while the account is locked (the attempt that reaches the limit
    /// locks it); or the new password's errors. Both passwords are compared in Unicode
    /// Normalization Form C.
    /// </returns>
    public ValueTask<Result<MemberId>> ChangePasswordAsync(MemberId memberId, string? currentPassword, string? newPassword, CancellationToken cancellationToken = default)
    {
        Guard.Against.EmptyId(memberId);
        // Retried until it commits: a wrong current password is always counted.
        return _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Member(memberId), PasswordAuditActions.Change, memberId.ToString(), Retry: RetryMode.UntilCommitted),
            (Service: this, Current: new TypedPassword(currentPassword), New: new TypedPassword(newPassword)),
            static (state, run, token) => state.Service.ChangeOnceAsync(state.Current, state.New, run, token),
            cancellationToken);
    }

    private async ValueTask<Outcome<MemberId>> ChangeOnceAsync(TypedPassword current, TypedPassword newPassword, UseCaseRun run, CancellationToken cancellationToken)
    {
        var actor = await run.RequireActorAsync(cancellationToken).ConfigureAwait(false);
        if (actor.IsFailure)
        {
            return MemberErrors.NotFound.Error(run.Target);
        }

        var snapshot = actor.Value;
        run.OrganizationId = snapshot.OrganizationId;
        var member = Member.FromSnapshot(snapshot);
        if (!member.IsActive)
        {
            return Permissions.PermissionErrors.ActorInactive.Error(run.Target);
        }

        // A locked account is refused before any hashing: the change is no way around lockout.
        var policies = run.Policies;
        if (SignInRules.LockedUntil(snapshot.Credential!, run.Now) is { } lockedUntil)
        {
            return LockedOut(lockedUntil);
        }

        if (!current.Matches(snapshot.Credential!.PasswordHash, _hasher))
        {
            var (counted, until) = member.CountFailedPasswordCheck(run.Now, policies.Lockout);
            run.Save(counted.ToSnapshot());
            return Outcome<MemberId>.RefuseAndSave(until is { } locked ? LockedOut(locked) : PasswordErrors.Incorrect.Error("currentPassword"));
        }

        var errors = await PasswordRules.CheckNewPasswordAsync(newPassword.Text, snapshot, policies.Passwords, _hasher, _blocklist, cancellationToken).ConfigureAwait(false);
        if (!errors.IsEmpty)
        {
            return Outcome<MemberId>.Refuse(errors);
        }

        var changed = member.ChangePassword(newPassword.Hash(_hasher), policies.Passwords, run.Now);
        if (changed.IsFailure)
        {
            return Outcome<MemberId>.Refuse(changed.Errors);
        }

        run.Save(changed.Value.ToSnapshot());
        run.Mail(MemberNotice.For(member, PasswordMailTemplates.PasswordChanged, MailParameterNames.ChangedAt, run.Secrets, run.Now));
        return member.Id;
    }

    private static Error LockedOut(Instant until) =>
        SignInErrors.LockedOut.Error("currentPassword", MessageDefinition.Argument("until", JapanTime.Format(until)));
}
