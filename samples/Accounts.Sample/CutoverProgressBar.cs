using Accounts.Registration;

namespace Accounts.Sample;

/// <summary>
/// Draws the cutover's progress on one console line. Reports arrive on the thread that committed
/// the batch, one after another, so the bar is drawn at once: <see cref="Progress{T}"/>
/// would post them to the thread pool, where they could overtake each other.
/// </summary>
internal sealed class CutoverProgressBar : IProgress<CutoverProgress>
{
    private const int Width = 30;

    public void Report(CutoverProgress value)
    {
        var filled = (int)Math.Round(value.Fraction * Width);
        var line = $"    [{new string('#', filled)}{new string('.', Width - filled)}] {value.Processed}/{value.Total} pre-registrations, {value.IssuedPeople} accounts";

        // A terminal redraws the line; a log file gets one line per batch.
        if (Console.IsOutputRedirected)
        {
            Console.WriteLine(line);
            return;
        }

        Console.Write("\r" + line);
        if (value.Processed == value.Total)
        {
            Console.WriteLine();
        }
    }
}
