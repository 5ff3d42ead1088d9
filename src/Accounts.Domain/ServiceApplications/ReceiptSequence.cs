using Accounts.Results;
using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>Draws the next receipt number of a day's series: the caller saves the advanced series in the same commit as the application it numbers.</summary>
internal static class ReceiptSequence
{
    public static Result<(ReceiptSequenceSnapshot Series, string Number)> Draw(ReceiptSequenceSnapshot? current, string seriesName, ReceiptNumberFormat format, LocalDate day)
    {
        var series = current ?? new ReceiptSequenceSnapshot { Id = ReceiptSequenceSnapshot.IdOf(seriesName), Series = seriesName };
        if (series.Last >= format.MaxSequence)
        {
            return ServiceErrors.ReceiptNumbersExhausted.Error(series.Series);
        }

        var next = series.Last + 1;
        return (series with { Last = next }, format.Format(day, next));
    }
}
