using Accounts.Auditing;
using Accounts.Identifiers;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Results;
using Accounts.Security;
using Accounts.UseCases;

namespace Accounts.Passwords;

/// <summary>
/// Changes a person's own password: the current one verified, the policy and the history
/// applied, the age restarted, a confirmation mail written to the outbox (R-PWD-1..5, R-PWD-7).
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
    /// (R-PWD-3); the current password may not be reused (R-PWD-2).
    /// </summary>
    /// <param name="memberId">The member whose holder is signed in (or in the password change step of sign-in).</param>
    /// <param name="currentPassword">The current password.</param>
    /// <param name="newPassword">The new password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member, or <c>password.incorrect</c> or the new password's errors.</returns>
    public ValueTask<Result<MemberId>> ChangePasswordAsync(MemberId memberId, string? currentPassword, string? newPassword, CancellationToken cancellationToken = default)
    {
        TypedId.ThrowIfEmpty(memberId);
        return _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Member(memberId), PasswordAuditActions.Change, memberId.ToString()),
            (Service: this, Current: currentPassword ?? string.Empty, New: newPassword ?? string.Empty),
            static (state, run, token) => state.Service.ChangeOnceAsync(state.Current, state.New, run, token),
            cancellationToken);
    }

    private async ValueTask<Outcome<MemberId>> ChangeOnceAsync(string currentPassword, string newPassword, UseCaseRun run, CancellationToken cancellationToken)
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

        if (_hasher.Verify(snapshot.Credential!.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
        {
            return PasswordErrors.Incorrect.Error("currentPassword");
        }

        var errors = await PasswordRules.CheckNewPasswordAsync(newPassword, snapshot, run.Policies.Passwords, _hasher, _blocklist, cancellationToken).ConfigureAwait(false);
        if (!errors.IsEmpty)
        {
            return Outcome<MemberId>.Refuse(errors);
        }

        var changed = member.ChangePassword(_hasher.Hash(newPassword), run.Policies.Passwords, run.Now);
        if (changed.IsFailure)
        {
            return Outcome<MemberId>.Refuse(changed.Errors);
        }

        run.Save(changed.Value.ToSnapshot());
        run.Mail(MemberNotice.For(member, PasswordMailTemplates.PasswordChanged, MailParameterNames.ChangedAt, run.Secrets, run.Now));
        return member.Id;
    }
}
