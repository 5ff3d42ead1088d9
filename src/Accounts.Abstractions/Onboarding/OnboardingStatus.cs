namespace Accounts.Onboarding;

/// <summary>Where an onboarding application stands. The transition table in the domain says how it moves.</summary>
public enum OnboardingStatus
{
    /// <summary>The registration link and password were mailed; the applicant has to authenticate.</summary>
    Sent = 0,

    /// <summary>The applicant authenticated and chooses the kind of application.</summary>
    Authenticated = 1,

    /// <summary>The applicant fills in the form.</summary>
    Input = 2,

    /// <summary>The applicant reviews the form before agreeing to the terms and submitting.</summary>
    Confirming = 3,

    /// <summary>Submitted: the applicant prints, seals and posts the form.</summary>
    Submitted = 4,

    /// <summary>The operator received the printed form ("processing started").</summary>
    Processing = 5,

    /// <summary>The operator sent a resume link so the applicant can correct the submitted form.</summary>
    Reopened = 6,

    /// <summary>The applicant corrects the submitted form after following the resume link.</summary>
    Correcting = 7,

    /// <summary>The applicant reviews the corrected form before submitting it again.</summary>
    ConfirmingCorrection = 8,

    /// <summary>Done: the organization and its administrator are registered.</summary>
    Completed = 9,

    /// <summary>The registration link expired before submission; the applicant starts over.</summary>
    Expired = 10,

    /// <summary>The printed form did not arrive before it expired; the applicant starts over.</summary>
    Lapsed = 11,

    /// <summary>Too many wrong registration passwords; the applicant starts over.</summary>
    Locked = 12,
}
