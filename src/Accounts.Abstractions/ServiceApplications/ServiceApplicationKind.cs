namespace Accounts.ServiceApplications;

/// <summary>Which form and workflow an application follows; the service decides.</summary>
public enum ServiceApplicationKind
{
    /// <summary>An application to use a service (ClassNK's サービス利用申込み): reviewed, then approved, rejected or sent back for changes.</summary>
    Use = 1,

    /// <summary>A change application (NACCS's 変更申込): items to add or remove, certificates, a desired start date; received, reviewed, confirmed.</summary>
    Change = 2,
}
