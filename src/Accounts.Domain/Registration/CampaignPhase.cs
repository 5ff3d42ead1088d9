namespace Accounts.Registration;

/// <summary>Where a migration campaign stands on a given day in Japan.</summary>
public enum CampaignPhase
{
    /// <summary>Before pre-registration opens; only the legacy shared accounts sign in.</summary>
    BeforePreRegistration = 1,

    /// <summary>Pre-registration is open, all day; the legacy shared accounts still sign in.</summary>
    PreRegistration = 2,

    /// <summary>Pre-registration closed, cutover not yet come: changes wait for cutover; the legacy shared accounts still sign in until their last day.</summary>
    AwaitingCutover = 3,

    /// <summary>Cutover has come: personal accounts only; the legacy shared accounts no longer sign in.</summary>
    AfterCutover = 4,
}
