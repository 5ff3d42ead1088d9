namespace Accounts.Onboarding;

/// <summary>The audit actions of onboarding applications: one per trigger, and one for timers.</summary>
public static class OnboardingAuditActions
{
    /// <summary>An application was started and its link mailed.</summary>
    public const string Start = "onboarding.start";

    /// <summary>The applicant entered the registration password (right or wrong).</summary>
    public const string Authenticate = "onboarding.authenticate";

    /// <summary>An applicant or operator was refused a look at an application (answered reads are not recorded).</summary>
    public const string View = "onboarding.view";

    /// <summary>The applicant chose the kind.</summary>
    public const string ChooseKind = "onboarding.choose_kind";

    /// <summary>The applicant went back to the choice of kind.</summary>
    public const string BackToKinds = "onboarding.back_to_kinds";

    /// <summary>The applicant's input was checked for confirmation.</summary>
    public const string Confirm = "onboarding.confirm";

    /// <summary>The applicant went back to the input.</summary>
    public const string Correct = "onboarding.correct";

    /// <summary>The applicant agreed to the terms and submitted.</summary>
    public const string Submit = "onboarding.submit";

    /// <summary>An operator received the printed form.</summary>
    public const string Receive = "onboarding.receive";

    /// <summary>An operator completed the application.</summary>
    public const string Complete = "onboarding.complete";

    /// <summary>An operator sent a resume link.</summary>
    public const string Reopen = "onboarding.reopen";

    /// <summary>The applicant followed the resume link.</summary>
    public const string Resume = "onboarding.resume";

    /// <summary>The system fired a timer (a link expired, idle input discarded, a printed form lapsed).</summary>
    public const string Timer = "onboarding.timer";

    /// <summary>Every action of this group.</summary>
    public static IReadOnlyList<string> All { get; } = [Start, Authenticate, View, ChooseKind, BackToKinds, Confirm, Correct, Submit, Receive, Complete, Reopen, Resume, Timer];
}
