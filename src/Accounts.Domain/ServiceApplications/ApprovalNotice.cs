using Accounts.Organizations;
using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>The approval notice (承認通知) a host renders, for example as a PDF; available only from the start date.</summary>
/// <param name="ReceiptNumber">The receipt number.</param>
/// <param name="ServiceName">The service.</param>
/// <param name="OrganizationCode">The organization's code.</param>
/// <param name="OrganizationName">The organization's name.</param>
/// <param name="ReceivedOn">The day the application was received.</param>
/// <param name="StartDate">The start date.</param>
/// <param name="Change">What a change application changed; <see langword="null"/> for a use application.</param>
public sealed record ApprovalNotice(string ReceiptNumber, string ServiceName, OrganizationCode OrganizationCode, string OrganizationName, LocalDate ReceivedOn, LocalDate StartDate, ChangeRequest? Change);
