namespace Accounts.Onboarding;

/// <summary>What moves an onboarding application.</summary>
public enum OnboardingTrigger
{
    /// <summary>Anyone gives an e-mail address twice; the portal mails the registration link and password.</summary>
    Start = 0,

    /// <summary>The link's holder enters the registration password.</summary>
    Authenticate = 1,

    /// <summary>The last wrong password the policy allows: the application is locked.</summary>
    Lock = 2,

    /// <summary>The applicant chooses head office, unit or web user.</summary>
    ChooseKind = 3,

    /// <summary>The applicant goes back to the choice of kind; the input is discarded.</summary>
    BackToKinds = 4,

    /// <summary>The applicant's input is valid and shown for confirmation.</summary>
    Confirm = 5,

    /// <summary>The applicant goes back from confirmation to the input.</summary>
    Correct = 6,

    /// <summary>The applicant agrees to the terms of use and submits.</summary>
    Submit = 7,

    /// <summary>Input left idle is discarded; the applicant authenticates again.</summary>
    DiscardIdle = 8,

    /// <summary>The registration link ran out before submission.</summary>
    ExpireLink = 9,

    /// <summary>The printed form did not arrive in time.</summary>
    LapsePrintedForm = 10,

    /// <summary>The operator received the printed form.</summary>
    Receive = 11,

    /// <summary>The operator completed the application: the organization and its administrator are registered.</summary>
    Complete = 12,

    /// <summary>The operator sends a resume link for corrections.</summary>
    Reopen = 13,

    /// <summary>The resume link's holder continues from the input, the earlier input kept.</summary>
    Resume = 14,
}
