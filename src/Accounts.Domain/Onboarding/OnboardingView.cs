using Accounts.Members;
using Accounts.Organizations;
using NodaTime;

namespace Accounts.Onboarding;

/// <summary>An onboarding application as an applicant's page or an operator's screen shows it: no secrets, no hashes.</summary>
/// <param name="Id">The application.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Kind">The kind chosen, if any.</param>
/// <param name="Form">The form as last confirmed, to fill the input again.</param>
/// <param name="SubmittedForm">The form as submitted, for the printed form and the operator.</param>
/// <param name="LinkExpiresAt">When the registration link stops working (before submission).</param>
/// <param name="SessionExpiresAt">When the applicant's session ends if idle.</param>
/// <param name="PrintedFormExpiresAt">When the printed form expires unless received.</param>
/// <param name="ReceivedAt">When the operator received the printed form.</param>
/// <param name="ExpectedDeliveryDate">When the sign-in details are expected to be posted.</param>
/// <param name="CompletedAt">When the application was completed.</param>
/// <param name="OrganizationId">The organization registered or named, once completed.</param>
/// <param name="AdministratorId">The administrator created, once completed.</param>
public sealed record OnboardingView(
    OnboardingApplicationId Id,
    OnboardingStatus Status,
    OnboardingKind? Kind,
    OnboardingForm? Form,
    OnboardingForm? SubmittedForm,
    Instant LinkExpiresAt,
    Instant? SessionExpiresAt,
    Instant? PrintedFormExpiresAt,
    Instant? ReceivedAt,
    LocalDate? ExpectedDeliveryDate,
    Instant? CompletedAt,
    OrganizationId? OrganizationId,
    MemberId? AdministratorId)
{
    /// <summary>The view of a stored application.</summary>
    /// <param name="snapshot">The application.</param>
    public static OnboardingView Of(OnboardingApplicationSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(
            snapshot.Id,
            snapshot.Status,
            snapshot.Kind,
            snapshot.Form,
            snapshot.SubmittedForm,
            snapshot.LinkExpiresAt,
            snapshot.SessionExpiresAt,
            snapshot.PrintedFormExpiresAt,
            snapshot.ReceivedAt,
            snapshot.ExpectedDeliveryDate,
            snapshot.CompletedAt,
            snapshot.OrganizationId,
            snapshot.AdministratorId);
    }
}
