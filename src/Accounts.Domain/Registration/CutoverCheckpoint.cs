using System.Globalization;
using Accounts.Identifiers;
using NodaTime;

namespace Accounts.Registration;

/// <summary>The checkpoint of a cutover as the model moves it: one step per committed batch.</summary>
internal static class CutoverCheckpoint
{
    public static Guid IdOf(RegistrationCampaign campaign) => TypedId.Derive("cutover:" + campaign.CutoverDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static CutoverRunSnapshot Start(RegistrationCampaign campaign, Instant now) => new() { Id = IdOf(campaign), StartedAt = now };

    /// <summary>The checkpoint after a batch: further by the batch, its counts added, the addresses found taken remembered.</summary>
    public static CutoverRunSnapshot Advance(CutoverRunSnapshot checkpoint, int processed, int organizations, int people, IReadOnlyCollection<string> newlyTaken, bool completed, Instant now) => checkpoint with
    {
        Processed = checkpoint.Processed + processed,
        IssuedOrganizations = checkpoint.IssuedOrganizations + organizations,
        IssuedPeople = checkpoint.IssuedPeople + people,
        TakenAddresses = newlyTaken.Count == 0 ? checkpoint.TakenAddresses : [.. checkpoint.TakenAddresses, .. newlyTaken],
        CompletedAt = completed ? checkpoint.CompletedAt ?? now : null,
    };
}
