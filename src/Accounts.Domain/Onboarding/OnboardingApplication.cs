using Accounts.Messages;
using Accounts.Results;
using Accounts.Workflows;
using NodaTime;

namespace Accounts.Onboarding;

/// <summary>
/// The onboarding application's decisions, pure: every move goes through
/// <see cref="OnboardingWorkflow.Machine"/> for the actor who makes it, and the timers the
/// system fires are applied before anything else looks at the application.
/// </summary>
internal sealed class OnboardingApplication
{
    private OnboardingApplication(OnboardingApplicationSnapshot snapshot) => Snapshot = snapshot;

    public OnboardingApplicationSnapshot Snapshot { get; }

    public OnboardingStatus Status => Snapshot.Status;

    public static OnboardingApplication FromSnapshot(OnboardingApplicationSnapshot snapshot) => new(snapshot);

    /// <summary>A new application whose link and password are about to be mailed.</summary>
    public static OnboardingApplication Start(OnboardingApplicationId id, string email, string language, string linkTokenHash, string passwordHash, OnboardingPolicy policy, Instant now)
    {
        var started = new OnboardingApplicationSnapshot
        {
            Id = id,
            Email = email,
            Language = language,
            Status = OnboardingStatus.Sent,
            LinkTokenHash = linkTokenHash,
            PasswordHash = passwordHash,
            SentAt = now,
            LinkExpiresAt = now + policy.LinkValidity,
            CreatedAt = now,
        };
        return new(started with { NextTimerAt = NextTimer(started) });
    }

    /// <summary>
    /// Fires every timer that ran out by <paramref name="now"/>, as the system: a link that expired,
    /// idle input, a printed form that lapsed. Returns the triggers fired, in order.
    /// </summary>
    public (OnboardingApplication Application, IReadOnlyList<OnboardingTrigger> Fired) FireDueTimers(Instant now)
    {
        var snapshot = Snapshot;
        List<OnboardingTrigger>? fired = null;
        while (DueTimer(snapshot, now) is { } trigger)
        {
            var transition = OnboardingWorkflow.Machine.Fire(snapshot.Status, trigger, WorkflowActor.System, new OnboardingContext(now, snapshot));
            if (transition.IsFailure)
            {
                throw new InvalidOperationException($"The onboarding table refuses its own timer {trigger} from {snapshot.Status}: {transition.FirstError}.");
            }

            snapshot = Move(snapshot, transition.Value.To!.Value, trigger);
            (fired ??= []).Add(trigger);
        }

        return fired is null ? (this, []) : (new OnboardingApplication(snapshot with { NextTimerAt = NextTimer(snapshot) }), fired);
    }

    /// <summary>The error that tells an applicant or operator which timer ended what they tried.</summary>
    public static MessageDefinition ErrorOf(OnboardingTrigger timer) => timer switch
    {
        OnboardingTrigger.ExpireLink => OnboardingErrors.LinkExpired,
        OnboardingTrigger.LapsePrintedForm => OnboardingErrors.PrintedFormExpired,
        _ => OnboardingErrors.SessionExpired,
    };

    /// <summary>The link's holder proved the password: a new session, the attempts forgotten, any input discarded.</summary>
    public Result<OnboardingApplication> Authenticate(string sessionTokenHash, OnboardingPolicy policy, Instant now) =>
        Fire(OnboardingTrigger.Authenticate, WorkflowActor.TokenHolder, now, effect: a => a with
        {
            FailedAttempts = 0,
            SessionTokenHash = sessionTokenHash,
            SessionExpiresAt = now + policy.IdleTimeout,
            Kind = null,
            Form = null,
        });

    /// <summary>A wrong registration password: counted, and the policy's last allowed one locks the application.</summary>
    public Result<OnboardingApplication> CountFailedAttempt(OnboardingPolicy policy, Instant now)
    {
        var attempts = Snapshot.FailedAttempts + 1;
        return attempts >= policy.MaxPasswordAttempts
            ? Fire(OnboardingTrigger.Lock, WorkflowActor.TokenHolder, now, effect: a => a with { FailedAttempts = attempts })
            : new OnboardingApplication(Snapshot with { FailedAttempts = attempts });
    }

    /// <summary>One step of the authenticated applicant; the idle time starts again.</summary>
    public Result<OnboardingApplication> Step(OnboardingTrigger trigger, OnboardingPolicy policy, Instant now, bool termsAgreed = false, OnboardingKind? kind = null, OnboardingForm? form = null) =>
        Fire(trigger, WorkflowActor.TokenHolder, now, termsAgreed, a =>
        {
            var changed = trigger switch
            {
                OnboardingTrigger.ChooseKind => a with { Kind = kind },
                OnboardingTrigger.Confirm => a with { Form = form },
                OnboardingTrigger.Submit => a with { SubmittedAt = now, PrintedFormExpiresAt = now + policy.PrintedFormValidity },
                _ => a,
            };
            return changed.SessionTokenHash is null ? changed : changed with { SessionExpiresAt = now + policy.IdleTimeout };
        });

    /// <summary>The resume link's holder continues from the input with a new session, the submitted form kept.</summary>
    public Result<OnboardingApplication> Resume(string sessionTokenHash, OnboardingPolicy policy, Instant now) =>
        Fire(OnboardingTrigger.Resume, WorkflowActor.TokenHolder, now, effect: a => a with { SessionTokenHash = sessionTokenHash, SessionExpiresAt = now + policy.IdleTimeout });

    /// <summary>The operator received the printed form; the sign-in details are expected on the given day.</summary>
    public Result<OnboardingApplication> Receive(WorkflowActor @operator, LocalDate expectedDelivery, Instant now) =>
        Fire(OnboardingTrigger.Receive, @operator, now, effect: a => a with { ReceivedAt = now, ExpectedDeliveryDate = expectedDelivery });

    /// <summary>The operator sent a resume link; it replaces any outstanding one, and any session ends.</summary>
    public Result<OnboardingApplication> Reopen(WorkflowActor @operator, string resumeTokenHash, OnboardingPolicy policy, Instant now) =>
        Fire(OnboardingTrigger.Reopen, @operator, now, effect: a => a with { ResumeTokenHash = resumeTokenHash, ResumeExpiresAt = now + policy.ResumeLinkValidity, SessionTokenHash = null, SessionExpiresAt = null });

    /// <summary>The operator completed the application with the organization and administrator registered.</summary>
    public Result<OnboardingApplication> Complete(WorkflowActor @operator, Organizations.OrganizationId organizationId, Members.MemberId administratorId, Instant now) =>
        Fire(OnboardingTrigger.Complete, @operator, now, effect: a => a with { CompletedAt = now, OrganizationId = organizationId, AdministratorId = administratorId });

    /// <summary>Fires a trigger for an actor and applies its effect.</summary>
    private Result<OnboardingApplication> Fire(OnboardingTrigger trigger, WorkflowActor actor, Instant now, bool termsAgreed = false, Func<OnboardingApplicationSnapshot, OnboardingApplicationSnapshot>? effect = null)
    {
        var transition = OnboardingWorkflow.Machine.Fire(Snapshot.Status, trigger, actor, new OnboardingContext(now, Snapshot, termsAgreed));
        if (transition.IsFailure)
        {
            return Result.Failure<OnboardingApplication>(transition.Errors);
        }

        var moved = Move(Snapshot, transition.Value.To!.Value, trigger);
        if (effect is not null)
        {
            moved = effect(moved);
        }

        return new OnboardingApplication(moved with { NextTimerAt = NextTimer(moved) });
    }

    /// <summary>What every trigger does to the application besides its new status; the caller sets the next timer once the move is whole.</summary>
    private static OnboardingApplicationSnapshot Move(OnboardingApplicationSnapshot snapshot, OnboardingStatus to, OnboardingTrigger trigger)
    {
        var moved = snapshot with { Status = to };
        return trigger switch
        {
            // Back to authentication: the session and whatever was entered since are gone.
            OnboardingTrigger.DiscardIdle when to == OnboardingStatus.Sent => moved with { SessionTokenHash = null, SessionExpiresAt = null, Kind = null, Form = null },
            OnboardingTrigger.DiscardIdle => moved with { SessionTokenHash = null, SessionExpiresAt = null, Form = moved.SubmittedForm },
            OnboardingTrigger.BackToKinds => moved with { Kind = null, Form = null },
            OnboardingTrigger.ExpireLink or OnboardingTrigger.Lock or OnboardingTrigger.LapsePrintedForm => moved with { SessionTokenHash = null, SessionExpiresAt = null },
            OnboardingTrigger.Submit => moved with { SubmittedForm = moved.Form, SessionTokenHash = null, SessionExpiresAt = null },
            OnboardingTrigger.Resume => moved with { ResumeTokenHash = null, ResumeExpiresAt = null, Form = moved.SubmittedForm },
            _ => moved,
        };
    }

    private static OnboardingTrigger? DueTimer(OnboardingApplicationSnapshot snapshot, Instant now) => snapshot.Status switch
    {
        OnboardingStatus.Sent or OnboardingStatus.Authenticated or OnboardingStatus.Input or OnboardingStatus.Confirming when now >= snapshot.LinkExpiresAt => OnboardingTrigger.ExpireLink,
        OnboardingStatus.Authenticated or OnboardingStatus.Input or OnboardingStatus.Confirming or OnboardingStatus.Correcting or OnboardingStatus.ConfirmingCorrection
            when snapshot.SessionExpiresAt is { } idle && now >= idle => OnboardingTrigger.DiscardIdle,
        OnboardingStatus.Submitted when snapshot.PrintedFormExpiresAt is { } lapse && now >= lapse => OnboardingTrigger.LapsePrintedForm,
        _ => null,
    };

    /// <summary>When the next timer runs out, from the state alone.</summary>
    private static Instant? NextTimer(OnboardingApplicationSnapshot snapshot) => snapshot.Status switch
    {
        OnboardingStatus.Sent => snapshot.LinkExpiresAt,
        OnboardingStatus.Authenticated or OnboardingStatus.Input or OnboardingStatus.Confirming =>
            snapshot.SessionExpiresAt is { } idle && idle < snapshot.LinkExpiresAt ? idle : snapshot.LinkExpiresAt,
        OnboardingStatus.Correcting or OnboardingStatus.ConfirmingCorrection => snapshot.SessionExpiresAt,
        OnboardingStatus.Submitted => snapshot.PrintedFormExpiresAt,
        _ => null,
    };
}
