namespace Accounts.Members;

/// <summary>
/// How many accounts of each type an organization may hold. Invited, active and
/// disabled accounts all count; <see langword="null"/> means no limit.
/// </summary>
public sealed record QuotaPolicy
{
    /// <summary>ClassNK: any number of accounts of every type; several administrators recommended.</summary>
    public static QuotaPolicy ClassNk { get; } = new();

    /// <summary>
    /// NEXI: exactly one administrator ID per organization code and at most 99 applicant IDs,
    /// no general or external users. With one administrator per organization, "99 per
    /// administrator" and "99 per organization" are the same limit.
    /// </summary>
    public static QuotaPolicy Nexi { get; } = new() { MaxAdministrators = 1, MaxGeneralUsers = 0, MaxExternalUsers = 0, MaxApplicants = 99 };

    /// <summary>The most administrators; at least 1 when set, since an organization always keeps one.</summary>
    public int? MaxAdministrators { get; init => field = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "An organization keeps at least one administrator."); }

    /// <summary>The most general users.</summary>
    public int? MaxGeneralUsers { get; init => field = NotNegative(value); }

    /// <summary>The most external invited users.</summary>
    public int? MaxExternalUsers { get; init => field = NotNegative(value); }

    /// <summary>The most applicant users.</summary>
    public int? MaxApplicants { get; init => field = NotNegative(value); }

    /// <summary>The limit for a type, or <see langword="null"/> for none.</summary>
    /// <param name="type">The member type.</param>
    public int? LimitOf(MemberType type) => type switch
    {
        MemberType.Administrator => MaxAdministrators,
        MemberType.General => MaxGeneralUsers,
        MemberType.ExternalInvited => MaxExternalUsers,
        MemberType.Applicant => MaxApplicants,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown member type."),
    };

    /// <summary>How many accounts of all types together an organization may hold, or <see langword="null"/> when a type has no limit.</summary>
    public int? TotalLimit => MaxAdministrators + MaxGeneralUsers + MaxExternalUsers + MaxApplicants;

    private static int? NotNegative(int? value) =>
        value is null or >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A quota cannot be negative.");
}
