using System.Collections.Frozen;
using System.Collections.Immutable;
using Accounts.Results;

namespace Accounts.Members;

/// <summary>
/// What the portal accepts as a personal e-mail address and what it warns about:
/// free-mail and mobile-carrier domains and shared addresses are accepted with a warning;
/// warnings never block. The domain lists are data a host can extend or replace.
/// </summary>
public sealed record EmailPolicy
{
    private FrozenSet<string> _freeMailDomains = FrozenSet<string>.Empty;
    private FrozenSet<string> _mobileCarrierDomains = FrozenSet<string>.Empty;
    private FrozenSet<string> _sharedLocalParts = FrozenSet<string>.Empty;

    /// <summary>The built-in lists, addresses up to 254 characters.</summary>
    public static EmailPolicy Default { get; } = new()
    {
        FreeMailDomains = EmailDomainLists.FreeMail,
        MobileCarrierDomains = EmailDomainLists.MobileCarriers,
        SharedLocalParts = EmailDomainLists.SharedLocalParts,
    };

    /// <summary>NEXI: the built-in lists, addresses up to 50 half-width characters.</summary>
    public static EmailPolicy Nexi { get; } = Default with { MaxLength = 50 };

    /// <summary>The longest address accepted.</summary>
    public int MaxLength
    {
        get;
        init => field = value is >= 6 and <= EmailAddress.MaxLength ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "An e-mail address limit lies between 6 and 254.");
    } = EmailAddress.MaxLength;

    /// <summary>Domains of free-mail services; subdomains match too.</summary>
    public IReadOnlyCollection<string> FreeMailDomains { get => _freeMailDomains; init => _freeMailDomains = Lowered(value); }

    /// <summary>Domains of mobile carriers; subdomains match too.</summary>
    public IReadOnlyCollection<string> MobileCarrierDomains { get => _mobileCarrierDomains; init => _mobileCarrierDomains = Lowered(value); }

    /// <summary>Local parts that usually name a shared or group mailbox (<c>info@</c>, <c>sales@</c>).</summary>
    public IReadOnlyCollection<string> SharedLocalParts { get => _sharedLocalParts; init => _sharedLocalParts = Lowered(value); }

    /// <summary>
    /// The warnings an address earns: <c>email.free_mail</c>, <c>email.mobile_carrier</c>,
    /// <c>email.shared_address</c>. Allocates nothing when there is none.
    /// </summary>
    /// <param name="address">The address.</param>
    /// <param name="flaggedShared">Whether the person entering it said it is shared by several people.</param>
    /// <param name="field">The field the warnings are about.</param>
    public ImmutableArray<Warning> Advise(EmailAddress address, bool flaggedShared, string field = "email")
    {
        var free = MatchesDomain(_freeMailDomains, address.Domain);
        var mobile = MatchesDomain(_mobileCarrierDomains, address.Domain);
        var shared = flaggedShared || LooksShared(address);
        if (!free && !mobile && !shared)
        {
            return [];
        }

        var warnings = ImmutableArray.CreateBuilder<Warning>(3);
        if (free)
        {
            warnings.Add(MemberErrors.FreeMailWarning.Warning(field));
        }

        if (mobile)
        {
            warnings.Add(MemberErrors.MobileCarrierWarning.Warning(field));
        }

        if (shared)
        {
            warnings.Add(MemberErrors.SharedAddressWarning.Warning(field));
        }

        return warnings.ToImmutable();
    }

    /// <summary>Whether the address's local part is one of <see cref="SharedLocalParts"/>.</summary>
    /// <param name="address">The address.</param>
    public bool LooksShared(EmailAddress address) => _sharedLocalParts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(address.LocalPart);

    private static bool MatchesDomain(FrozenSet<string> domains, ReadOnlySpan<char> domain)
    {
        var lookup = domains.GetAlternateLookup<ReadOnlySpan<char>>();
        while (true)
        {
            if (lookup.Contains(domain))
            {
                return true;
            }

            var dot = domain.IndexOf('.');
            if (dot < 0)
            {
                return false;
            }

            domain = domain[(dot + 1)..];
        }
    }

    private static FrozenSet<string> Lowered(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Select(v => v.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
    }
}
