using System.Numerics;
using System.Runtime.Intrinsics.X86;
using NodaTime;

namespace Accounts.Calendars;

/// <summary>
/// Business days in Japan: not Saturday, Sunday, a public holiday or one of the portal's closing
/// days, from 1955 to 2099. One bit per day and a running count per 64 days make every answer
/// a few array reads. Immutable and thread-safe; build one per set of closing days and keep it.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly ulong[] _business;
    private readonly int[] _businessBefore;

    private BusinessCalendar(ClosingDays closing)
    {
        Closing = closing;
        var holidays = JapaneseHolidays.HolidayBits;
        _business = new ulong[holidays.Length];
        for (var index = 0; index < DayRange.Count; index++)
        {
            var date = DayRange.DateAt(index);
            var open = date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
                && (holidays[index >> 6] & (1UL << index)) == 0
                && !closing.Closes(date);
            if (open)
            {
                _business[index >> 6] |= 1UL << index;
            }
        }

        _businessBefore = new int[_business.Length + 1];
        for (var word = 0; word < _business.Length; word++)
        {
            _businessBefore[word + 1] = _businessBefore[word] + BitOperations.PopCount(_business[word]);
        }
    }

    /// <summary>Weekends and public holidays closed.</summary>
    public static BusinessCalendar Japan { get; } = new(ClosingDays.None);

    /// <summary>Weekends, public holidays and the government offices' year-end (December 29 to January 3) closed.</summary>
    public static BusinessCalendar JapanGovernment { get; } = new(ClosingDays.GovernmentYearEnd);

    /// <summary>The closing days besides weekends and holidays.</summary>
    public ClosingDays Closing { get; }

    /// <summary>A calendar with the portal's own closing days besides weekends and holidays.</summary>
    /// <param name="closing">The closing days, for example <see cref="ClosingDays.BankYearEnd"/>.</param>
    public static BusinessCalendar Create(ClosingDays closing)
    {
        ArgumentNullException.ThrowIfNull(closing);
        return new BusinessCalendar(closing);
    }

    /// <summary>Whether the day is a business day.</summary>
    /// <param name="date">A day from 1955-01-01 to 2099-12-31.</param>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside the years covered.</exception>
    public bool IsBusinessDay(LocalDate date) => IsOpen(DayRange.IndexOf(date, nameof(date)));

    /// <summary>The first business day after a day.</summary>
    /// <param name="date">The day.</param>
    public LocalDate NextBusinessDay(LocalDate date) => AddBusinessDays(date, 1);

    /// <summary>The last business day before a day.</summary>
    /// <param name="date">The day.</param>
    public LocalDate PreviousBusinessDay(LocalDate date) => AddBusinessDays(date, -1);

    /// <summary>
    /// The <paramref name="days"/>-th business day after a day (before it when negative). Zero
    /// gives the day itself when it is a business day, else the next business day. Five business
    /// days after a Friday receipt before a holiday Monday is the next Monday but one.
    /// </summary>
    /// <param name="date">The day counted from; it does not count itself.</param>
    /// <param name="days">How many business days to move.</param>
    /// <exception cref="ArgumentOutOfRangeException">The day or the answer is outside the years covered.</exception>
    public LocalDate AddBusinessDays(LocalDate date, int days)
    {
        var index = DayRange.IndexOf(date, nameof(date));
        if (days == 0 && IsOpen(index))
        {
            return date;
        }

        // Business days are numbered from 0 in date order; find the number wanted, then its day.
        var wanted = days > 0 ? (long)OpenBefore(index + 1) + days - 1
            : days == 0 ? OpenBefore(index + 1)
            : (long)OpenBefore(index) + days;
        return wanted >= 0 && wanted < _businessBefore[^1]
            ? DayRange.DateAt(Select((int)wanted, index >> 6))
            : throw new ArgumentOutOfRangeException(nameof(days), days, $"The answer lies outside the days the calendar covers ({DayRange.First:yyyy-MM-dd} to {DayRange.Last:yyyy-MM-dd}).");
    }

    /// <summary>
    /// How many business days lie after <paramref name="start"/> up to and including
    /// <paramref name="end"/>; when <paramref name="end"/> comes first, minus the business days from
    /// <paramref name="end"/> up to but not including <paramref name="start"/>. So
    /// <c>BusinessDaysBetween(d, AddBusinessDays(d, n)) == n</c>.
    /// </summary>
    /// <param name="start">The day counted from; it does not count itself.</param>
    /// <param name="end">The day counted to.</param>
    public int BusinessDaysBetween(LocalDate start, LocalDate end)
    {
        var from = DayRange.IndexOf(start, nameof(start));
        var to = DayRange.IndexOf(end, nameof(end));
        return to >= from ? OpenBefore(to + 1) - OpenBefore(from + 1) : -(OpenBefore(from) - OpenBefore(to));
    }

    private bool IsOpen(int index) => (_business[index >> 6] & (1UL << index)) != 0;

    /// <summary>How many business days come before the day at the index.</summary>
    private int OpenBefore(int index)
    {
        var word = index >> 6;
        var bit = index & 63;
        return bit == 0 ? _businessBefore[word] : _businessBefore[word] + BitOperations.PopCount(_business[word] & ((1UL << bit) - 1));
    }

    /// <summary>The index of the business day with the number (from 0), searched from the word of the day counted from.</summary>
    private int Select(int number, int near)
    {
        // The last word whose running count is at most the number holds it: a few words from the
        // day counted from for the usual deadlines, by halving for long distances.
        var low = 0;
        var high = _business.Length - 1;
        var word = Math.Clamp(near, 0, high);
        for (var step = 0; step < 4; step++)
        {
            if (_businessBefore[word] > number && word > 0)
            {
                word--;
            }
            else if (_businessBefore[word + 1] <= number && word < high)
            {
                word++;
            }
            else if (_businessBefore[word] <= number && _businessBefore[word + 1] > number)
            {
                return (word << 6) + NthSetBit(_business[word], number - _businessBefore[word]);
            }
        }

        while (low < high)
        {
            var middle = (low + high + 1) >> 1;
            if (_businessBefore[middle] <= number)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return (low << 6) + NthSetBit(_business[low], number - _businessBefore[low]);
    }

    /// <summary>The position of the set bit with the number (from 0): one instruction where the processor deposits bits, else clearing the lower ones.</summary>
    private static int NthSetBit(ulong bits, int number)
    {
        if (Bmi2.X64.IsSupported)
        {
            return BitOperations.TrailingZeroCount(Bmi2.X64.ParallelBitDeposit(1UL << number, bits));
        }

        for (; number > 0; number--)
        {
            bits &= bits - 1;
        }

        return BitOperations.TrailingZeroCount(bits);
    }
}
