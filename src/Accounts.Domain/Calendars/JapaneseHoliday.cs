using NodaTime;

namespace Accounts.Calendars;

/// <summary>A public holiday in Japan.</summary>
/// <param name="Date">The day.</param>
/// <param name="Name">Its Japanese name, for example <c>春分の日</c>, <c>振替休日</c>, <c>国民の休日</c>.</param>
/// <param name="Kind">Why it is a holiday.</param>
public readonly record struct JapaneseHoliday(LocalDate Date, string Name, HolidayKind Kind);
