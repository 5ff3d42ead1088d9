using System.Globalization;
using Accounts.Calendars;
using Accounts.Messages;
using Accounts.Results;
using Accounts.Text;
using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>Checks a change application's items, counts, reason and desired start date, reporting every invalid field at once.</summary>
internal static class ChangeRequestValidator
{
    public static ChangeRequest? Validate(ApplyForChange command, ServicePolicy policy, BusinessCalendar calendar, LocalDate today, List<Error> errors)
    {
        var before = errors.Count;
        var items = command.Items ?? [];
        var itemRule = new TextRule(TextKind.HalfWidthAlphanumeric, policy.MaxItemNameLength);
        if (items.Count == 0)
        {
            errors.Add(ServiceErrors.NoItems.Error("items"));
        }
        else if (items.Count > policy.MaxChangeItems)
        {
            errors.Add(ServiceErrors.TooManyItems.Error("items", MessageDefinition.Argument("maximum", policy.MaxChangeItems)));
        }

        var seen = new HashSet<(ChangeItemKind, string)>();
        var terminalsAdded = 0;
        var checkedItems = new List<ChangeItem>(items.Count);
        for (var i = 0; i < items.Count && i < policy.MaxChangeItems; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"items[{i}]");
            var item = items[i];
            if (item is null)
            {
                errors.Add(FieldErrors.Required.Error(field));
                continue;
            }

            if (!Enum.IsDefined(item.Kind) || !Enum.IsDefined(item.Direction))
            {
                errors.Add(FieldErrors.Unsupported.Error(field));
                continue;
            }

            if (!TextValidation.Check(item.Name, itemRule, field + ".name", errors))
            {
                continue;
            }

            var name = item.Name.Trim();
            if (!seen.Add((item.Kind, name)))
            {
                errors.Add(ServiceErrors.DuplicateItem.Error(field));
                continue;
            }

            terminalsAdded += item is { Kind: ChangeItemKind.LogicalTerminal, Direction: ChangeDirection.Add } ? 1 : 0;
            checkedItems.Add(item with { Name = name });
        }

        // One certificate per PC, each PC a logical terminal the application adds: none, or 1 to that many.
        if (command.CertificateCount < 0 || (command.CertificateCount == 0 && terminalsAdded > 0))
        {
            errors.Add(ServiceErrors.CountOutOfRange.Error("certificateCount", MessageDefinition.Argument("minimum", terminalsAdded > 0 ? 1 : 0), MessageDefinition.Argument("maximum", terminalsAdded)));
        }
        else if (command.CertificateCount > terminalsAdded)
        {
            errors.Add(ServiceErrors.TooManyCertificates.Error("certificateCount", MessageDefinition.Argument("maximum", terminalsAdded)));
        }

        TextValidation.Check(command.Reason, new TextRule(TextKind.Printable, policy.MaxNoteLength), "reason", errors);
        var start = command.DesiredStartDate;
        if (StartDateError(start, today, calendar, "desiredStartDate") is { } startError)
        {
            errors.Add(startError);
        }

        return errors.Count > before ? null : new ChangeRequest
        {
            Items = [.. checkedItems],
            CertificateCount = command.CertificateCount,
            Reason = command.Reason!.Trim(),
            DesiredStartDate = start,
        };
    }

    /// <summary>A start date must be given, an ISO date the calendar covers, today or later, and a business day.</summary>
    public static Error? StartDateError(LocalDate start, LocalDate today, BusinessCalendar calendar, string field) =>
        start == default ? FieldErrors.Required.Error(field)
        : start.Calendar != CalendarSystem.Iso || !DayRange.Contains(start) ? FieldErrors.Unsupported.Error(field)
        : start < today ? ServiceErrors.StartDateInPast.Error(field)
        : !calendar.IsBusinessDay(start) ? ServiceErrors.StartDateNotBusinessDay.Error(field)
        : null;
}
