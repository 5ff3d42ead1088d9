using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>What the guards of the service application tables read.</summary>
/// <param name="Today">The day in Japan.</param>
/// <param name="Note">The reason or request given with the trigger.</param>
/// <param name="StartDate">The start date given with the trigger.</param>
public readonly record struct ServiceApplicationContext(LocalDate Today, string? Note = null, LocalDate? StartDate = null);
