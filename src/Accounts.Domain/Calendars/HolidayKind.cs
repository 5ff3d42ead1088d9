namespace Accounts.Calendars;

/// <summary>Why a day is a public holiday in Japan.</summary>
public enum HolidayKind
{
    /// <summary>A national holiday (国民の祝日) by the Act on National Holidays, or by a one-off act for an imperial ceremony.</summary>
    National = 1,

    /// <summary>A substitute holiday (振替休日) for a national holiday that fell on a Sunday.</summary>
    Substitute = 2,

    /// <summary>A bridge holiday (国民の休日): a day between two national holidays.</summary>
    Bridge = 3,
}
