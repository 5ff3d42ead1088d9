namespace Accounts.Members;

/// <summary>
/// How many accounts of each type an organization holds: invited, active and disabled
/// accounts each occupy a seat. Kept on the organization so quotas and the last-administrator
/// rule are checked under the organization's version, even when two administrators act at
/// the same moment.
/// </summary>
/// <param name="Administrators">Administrator accounts, disabled ones included.</param>
/// <param name="GeneralUsers">General user accounts.</param>
/// <param name="ExternalUsers">External invited user accounts.</param>
/// <param name="Applicants">Applicant user accounts.</param>
/// <param name="DisabledAdministrators">Administrator accounts that are disabled.</param>
public readonly record struct SeatCounts(int Administrators, int GeneralUsers, int ExternalUsers, int Applicants, int DisabledAdministrators)
{
    /// <summary>The seats of the given type.</summary>
    /// <param name="type">The account type.</param>
    public int Of(AccountType type) => type switch
    {
        AccountType.Administrator => Administrators,
        AccountType.General => GeneralUsers,
        AccountType.ExternalInvited => ExternalUsers,
        AccountType.Applicant => Applicants,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown account type."),
    };

    /// <summary>Administrators that are not disabled: invited or active.</summary>
    public int EnabledAdministrators => Administrators - DisabledAdministrators;

    /// <summary>All seats together.</summary>
    public int Total => Administrators + GeneralUsers + ExternalUsers + Applicants;

    /// <summary>Returns counts with the seats of one type moved by <paramref name="delta"/>.</summary>
    /// <param name="type">The account type.</param>
    /// <param name="delta">How many seats to add (negative to remove).</param>
    public SeatCounts Add(AccountType type, int delta) => type switch
    {
        AccountType.Administrator => this with { Administrators = Administrators + delta },
        AccountType.General => this with { GeneralUsers = GeneralUsers + delta },
        AccountType.ExternalInvited => this with { ExternalUsers = ExternalUsers + delta },
        AccountType.Applicant => this with { Applicants = Applicants + delta },
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown account type."),
    };
}
