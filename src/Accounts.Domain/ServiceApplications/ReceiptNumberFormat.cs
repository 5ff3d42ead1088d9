using System.Globalization;
using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>
/// How receipt numbers (申込受付番号) look: the year's last digits, a zero-padded sequence that
/// restarts each year, and a suffix. The NACCS preset gives <c>180008A</c>: the eighth
/// application of 2018.
/// </summary>
public sealed record ReceiptNumberFormat
{
    /// <summary>NACCS: two-digit year, four-digit sequence, the letter <c>A</c>.</summary>
    public static ReceiptNumberFormat Naccs { get; } = new();

    /// <summary>How many digits of the year lead the number (1 to 4).</summary>
    public int YearDigits
    {
        get;
        init => field = value is >= 1 and <= 4 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The year takes 1 to 4 digits.");
    } = 2;

    /// <summary>How many digits the sequence takes (1 to 9); it runs out after all nines.</summary>
    public int SequenceDigits
    {
        get;
        init => field = value is >= 1 and <= 9 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The sequence takes 1 to 9 digits.");
    } = 4;

    /// <summary>What ends every number: ASCII letters or digits, possibly none.</summary>
    public string Suffix
    {
        get;
        init => field = value is not null && value.Length <= 8 && value.All(char.IsAsciiLetterOrDigit) ? value : throw new ArgumentException("The suffix is at most 8 ASCII letters or digits.", nameof(value));
    } = "A";

    /// <summary>The highest sequence number a year can draw.</summary>
    public int MaxSequence => (int)Math.Pow(10, SequenceDigits) - 1;

    /// <summary>The series a day's numbers are drawn from: one per year.</summary>
    /// <param name="day">The day of submission, in Japan.</param>
    public string SeriesOf(LocalDate day) => string.Create(CultureInfo.InvariantCulture, $"receipt:{YearPart(day)}{Suffix}");

    /// <summary>The number for a day and a sequence number.</summary>
    /// <param name="day">The day of submission, in Japan.</param>
    /// <param name="sequence">The sequence number, from 1 to <see cref="MaxSequence"/>.</param>
    public string Format(LocalDate day, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        return string.Create(CultureInfo.InvariantCulture, $"{YearPart(day)}{sequence.ToString(new string('0', SequenceDigits), CultureInfo.InvariantCulture)}{Suffix}");
    }

    private string YearPart(LocalDate day)
    {
        var year = day.Year.ToString("D4", CultureInfo.InvariantCulture);
        return year[^YearDigits..];
    }
}
