namespace Accounts.EntityFrameworkCore;

/// <summary>A change request as JSON text keeps it: the dates as ISO text.</summary>
/// <param name="Items">The items.</param>
/// <param name="CertificateCount">The certificates.</param>
/// <param name="Reason">The reason.</param>
/// <param name="DesiredStartDate">The desired start date, <c>yyyy-MM-dd</c>.</param>
internal sealed record StoredChangeRequest(StoredChangeItem[] Items, int CertificateCount, string Reason, string DesiredStartDate);
