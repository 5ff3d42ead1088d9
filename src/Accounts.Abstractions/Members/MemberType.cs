namespace Accounts.Members;

/// <summary>What kind of person an account belongs to; the permission matrix decides what each may do.</summary>
public enum MemberType
{
    /// <summary>Administrator (管理ユーザ): uses services, applies for services, invites, edits and deletes users.</summary>
    Administrator = 0,

    /// <summary>General user (一般ユーザ): uses the services the organization has.</summary>
    General = 1,

    /// <summary>External invited user (外部招待ユーザ): a person of another company invited to use the organization's services.</summary>
    ExternalInvited = 2,

    /// <summary>Applicant user (申込者用, NEXI): registered by the administrator online; submits applications.</summary>
    Applicant = 3,
}
