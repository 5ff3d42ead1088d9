using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Accounts.Configuration;

/// <summary>How configuration strings become option values; every failure says what was expected.</summary>
internal static class ConfigurationValues
{
    public static int Integer(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new FormatException($"'{value}' is not a whole number.");

    /// <summary>A whole number, or empty or <c>none</c> for no limit.</summary>
    public static int? Limit(string value) =>
        value.Length == 0 || value.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : Integer(value);

    public static bool Boolean(string value) =>
        bool.TryParse(value, out var parsed) ? parsed : throw new FormatException($"'{value}' is neither true nor false.");

    public static T Enumeration<T>(string value)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? parsed
            : throw new FormatException($"'{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");

    /// <summary>One of the names, compared without case; returns the name as written in the list.</summary>
    public static string Choice(string value, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (name.Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        throw new FormatException($"'{value}' is not one of {string.Join(", ", names.ToArray())}.");
    }

    /// <summary>
    /// An ISO 8601 duration (<c>PT15M</c>, <c>P7D</c>) or a <see cref="TimeSpan"/> string
    /// (<c>00:15:00</c>, <c>7.00:00:00</c>). A day is 24 hours; months and years are refused
    /// because their length varies.
    /// </summary>
    public static Duration Duration(string value)
    {
        if (value.StartsWith('P') || value.StartsWith('p') || value.StartsWith("-P", StringComparison.OrdinalIgnoreCase))
        {
            var parsed = PeriodPattern.NormalizingIso.Parse(value.ToUpperInvariant());
            if (!parsed.Success)
            {
                throw new FormatException($"'{value}' is not an ISO 8601 duration such as PT15M or P7D.");
            }

            var period = parsed.Value;
            if (period.Years != 0 || period.Months != 0)
            {
                throw new FormatException($"'{value}' counts months or years, whose length varies; write days (P30D) instead.");
            }

            return period.ToDuration();
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span)
            ? NodaTime.Duration.FromTimeSpan(span)
            : throw new FormatException($"'{value}' is neither an ISO 8601 duration (PT15M) nor a time span (00:15:00).");
    }

    public static byte[] Base64(string value)
    {
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            throw new FormatException("The value is not Base64.");
        }
    }
}
