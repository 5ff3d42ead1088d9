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
/// <param name="InvitedAdministrators">Administrator accounts whose invitation has not been accepted yet.</param>
public readonly record struct SeatCounts(int Administrators, int GeneralUsers, int ExternalUsers, int Applicants, int DisabledAdministrators, int InvitedAdministrators = 0)
{
    /// <summary>The seats of the given type.</summary>
    /// <param name="type">The member type.</param>
    public int Of(MemberType type) => type switch
    {
        MemberType.Administrator => Administrators,
        MemberType.General => GeneralUsers,
        MemberType.ExternalInvited => ExternalUsers,
        MemberType.Applicant => Applicants,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown member type."),
    };

    /// <summary>Administrators that are not disabled: invited or active.</summary>
    public int EnabledAdministrators => Administrators - DisabledAdministrators;

    /// <summary>Administrators who can act for the organization now: accepted and not disabled.</summary>
    public int ActiveAdministrators => Administrators - DisabledAdministrators - InvitedAdministrators;

    /// <summary>All seats together.</summary>
    public int Total => Administrators + GeneralUsers + ExternalUsers + Applicants;

    /// <summary>Returns counts with the seats of one type and state moved by <paramref name="delta"/>: a disabled or invited administrator's seat also moves <see cref="DisabledAdministrators"/> or <see cref="InvitedAdministrators"/>.</summary>
    /// <param name="type">The member type.</param>
    /// <param name="status">The member's state.</param>
    /// <param name="delta">How many seats to add (negative to remove).</param>
    public SeatCounts Add(MemberType type, MemberStatus status, int delta)
    {
        var counts = Add(type, delta);
        return (type, status) switch
        {
            (MemberType.Administrator, MemberStatus.Disabled) => counts with { DisabledAdministrators = counts.DisabledAdministrators + delta },
            (MemberType.Administrator, MemberStatus.Invited) => counts with { InvitedAdministrators = counts.InvitedAdministrators + delta },
            _ => counts,
        };
    }

    /// <summary>Returns counts with the seats of one type moved by <paramref name="delta"/>.</summary>
    /// <param name="type">The member type.</param>
    /// <param name="delta">How many seats to add (negative to remove).</param>
    public SeatCounts Add(MemberType type, int delta) => type switch
    {
        MemberType.Administrator => this with { Administrators = Administrators + delta },
        MemberType.General => this with { GeneralUsers = GeneralUsers + delta },
        MemberType.ExternalInvited => this with { ExternalUsers = ExternalUsers + delta },
        MemberType.Applicant => this with { Applicants = Applicants + delta },
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown member type."),
    };
}
