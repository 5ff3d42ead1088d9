namespace Accounts.Registration;

/// <summary>One batch of a cutover run: which pre-registrations, and what the attempts learned.</summary>
internal sealed class CutoverBatch
{
    public CutoverBatch(RegistrationCampaign campaign, CutoverScan scan, int offset, int count) =>
        (Campaign, Scan, Offset, Count) = (campaign, scan, offset, count);

    public RegistrationCampaign Campaign { get; }

    public CutoverScan Scan { get; }

    public int Offset { get; }

    public int Count { get; }

    /// <summary>How often the batch was decided: after a refused commit, addresses are looked up before the next try.</summary>
    public int Attempts { get; set; }

    /// <summary>Addresses found held by accounts outside the cutover while this batch was tried.</summary>
    public HashSet<string> FoundTaken { get; } = new(StringComparer.Ordinal);

    public bool IsLast => Offset + Count >= Scan.PreRegistrations.Count;
}
