namespace Accounts.Onboarding;

/// <summary>What an onboarding application registers (申込みの種類).</summary>
public enum OnboardingKind
{
    /// <summary>A head office registering for the first time (保険利用者登録・本店).</summary>
    HeadOffice = 1,

    /// <summary>A branch, department or office of a registered head office (保険利用者登録・支店).</summary>
    Unit = 2,

    /// <summary>The first administrator of a registered organization that has no account yet (Webユーザー登録).</summary>
    WebUser = 3,
}
