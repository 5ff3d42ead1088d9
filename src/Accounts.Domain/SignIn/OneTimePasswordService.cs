using Accounts.Auditing;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Results;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.UseCases;
using Ardalis.GuardClauses;

namespace Accounts.SignIn;

/// <summary>
/// Sets up one-time passwords for a person: a TOTP secret (RFC 6238) shown once as
/// Base32 and an <c>otpauth://</c> URI, stored encrypted, confirmed with a first code. Answers
/// <c>otp.disabled</c> when the portal does not offer one-time passwords.
/// </summary>
public sealed class OneTimePasswordService
{
    private readonly UseCasePipeline _pipeline;
    private readonly ISecretProtector? _protector;

    internal OneTimePasswordService(UseCasePipeline pipeline, ISecretProtector? protector) =>
        (_pipeline, _protector) = (pipeline, protector);

    /// <summary>Starts (or restarts) an enrollment: a new secret, returned once. Refused when a confirmed enrollment exists.</summary>
    /// <param name="memberId">The signed-in member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OneTimePasswordEnrollment>> BeginEnrollmentAsync(MemberId memberId, CancellationToken cancellationToken = default)
    {
        Guard.Against.EmptyId(memberId);
        return _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Member(memberId), SignInAuditActions.BeginOneTimePasswordEnrollment, memberId.ToString()),
            this,
            static (service, run, token) => service.BeginOnceAsync(run, token),
            cancellationToken);
    }

    /// <summary>Confirms the enrollment with a first code from the authenticator app; from then on sign-in asks for a code.</summary>
    /// <param name="memberId">The signed-in member.</param>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<MemberId>> ConfirmEnrollmentAsync(MemberId memberId, string? code, CancellationToken cancellationToken = default)
    {
        Guard.Against.EmptyId(memberId);
        return _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Member(memberId), SignInAuditActions.ConfirmOneTimePasswordEnrollment, memberId.ToString()),
            (Service: this, Code: code),
            static (state, run, token) => state.Service.ConfirmOnceAsync(state.Code, run, token),
            cancellationToken);
    }

    private async ValueTask<Outcome<OneTimePasswordEnrollment>> BeginOnceAsync(UseCaseRun run, CancellationToken cancellationToken)
    {
        var member = await LoadAsync(run, cancellationToken).ConfigureAwait(false);
        if (member.IsFailure)
        {
            return Outcome<OneTimePasswordEnrollment>.Refuse(member.Errors);
        }

        var secret = new byte[run.Policies.OneTimePasswords.SecretLength];
        run.Secrets.Fill(secret);
        var base32 = Base32.Encode(secret);
        var enrolled = member.Value.BeginOneTimePasswordEnrollment(_protector!.Protect(secret, TotpSecretBinding.For(member.Value.Id)), run.Now);
        Array.Clear(secret);
        if (enrolled.IsFailure)
        {
            return Outcome<OneTimePasswordEnrollment>.Refuse(enrolled.Errors);
        }

        run.Save(enrolled.Value.ToSnapshot());
        var uri = OtpAuthUri.Create(run.Policies.PortalName, member.Value.SignInName, base32, run.Policies.OneTimePasswords);
        return new OneTimePasswordEnrollment(new RevealedSecret(base32), new RevealedSecret(uri));
    }

    private async ValueTask<Outcome<MemberId>> ConfirmOnceAsync(string? code, UseCaseRun run, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(run, cancellationToken).ConfigureAwait(false);
        if (loaded.IsFailure)
        {
            return Outcome<MemberId>.Refuse(loaded.Errors);
        }

        var member = loaded.Value;
        if (member.CheckOneTimePasswordConfirmation() is { } refusal)
        {
            return refusal;
        }

        var enrollment = member.Credential!.OneTimePassword!;
        long? step = null;
        if (_protector!.TryUnprotect(enrollment.ProtectedSecret, TotpSecretBinding.For(member.Id), out var secret))
        {
            step = Totp.Verify(secret, code, run.Now, enrollment.LastAcceptedTimeStep, run.Policies.OneTimePasswords);
            Array.Clear(secret);
        }

        if (step is null)
        {
            return OneTimePasswordErrors.InvalidCode.Error("code");
        }

        var confirmed = member.ConfirmOneTimePasswordEnrollment(step.Value);
        if (confirmed.IsFailure)
        {
            return Outcome<MemberId>.Refuse(confirmed.Errors);
        }

        run.Save(confirmed.Value.ToSnapshot());
        run.Mail(MemberNotice.For(member, OneTimePasswordMailTemplates.Enabled, MailParameterNames.EnabledAt, run.Secrets, run.Now));
        return member.Id;
    }

    private async ValueTask<Result<Member>> LoadAsync(UseCaseRun run, CancellationToken cancellationToken)
    {
        var actor = await run.RequireActorAsync(cancellationToken).ConfigureAwait(false);
        if (actor.IsFailure)
        {
            // An unknown member is not found; an account that must first change its password says so.
            return actor.FirstError?.Code == Permissions.PermissionErrors.ActorUnknown.Code ? MemberErrors.NotFound.Error(run.Target) : Result.Failure<Member>(actor.Errors);
        }

        run.OrganizationId = actor.Value.OrganizationId;
        if (_protector is null)
        {
            return OneTimePasswordErrors.Disabled.Error(run.Target);
        }

        var member = Member.FromSnapshot(actor.Value);
        return member.IsActive ? member : Permissions.PermissionErrors.ActorInactive.Error(run.Target);
    }
}
